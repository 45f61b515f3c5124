#include "server/db/Database.h"
#include "server/jobs/JobRunner.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <stdexcept>

using namespace kp::server;
using namespace std::chrono_literals;

// The thread behind the server's periodic work: it repeats jobs, survives their failures and
// stops at once, however long the next job is away.
class TestJobRunner : public QObject {
    Q_OBJECT

private slots:
    void runsAJobAtStartAndAgainAtItsInterval();
    void stopsAtOnceWhileTheNextRunIsFarAway();
    void keepsRunningJobsAfterOneThrows();
    void givesJobsTheirOwnDatabaseConnection();
    void refusesJobsAddedWhileRunning();
};

void TestJobRunner::runsAJobAtStartAndAgainAtItsInterval()
{
    std::atomic<int> runs {0};
    JobRunner runner;
    runner.add(QStringLiteral("count"), 10ms, [&] { ++runs; });
    runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(runs >= 3, 5000);
}

void TestJobRunner::stopsAtOnceWhileTheNextRunIsFarAway()
{
    std::atomic<int> runs {0};
    JobRunner runner;
    runner.add(QStringLiteral("hourly"), 1h, [&] { ++runs; });
    runner.start();
    QTRY_COMPARE(runs.load(), 1); // the first run is at start, then an hour of waiting
    QElapsedTimer timer;
    timer.start();
    runner.stop();
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QStringLiteral("stop() took %1 ms").arg(timer.elapsed())));
    QCOMPARE(runs.load(), 1);
}

void TestJobRunner::keepsRunningJobsAfterOneThrows()
{
    std::atomic<int> failures {0};
    std::atomic<int> runs {0};
    JobRunner runner;
    runner.add(QStringLiteral("broken"), 10ms, [&] {
        ++failures;
        throw std::runtime_error("the integration is down");
    });
    runner.add(QStringLiteral("healthy"), 10ms, [&] { ++runs; });
    runner.start();
    // Both keep going: the broken one is tried again, the healthy one is not held up.
    QTRY_VERIFY_WITH_TIMEOUT(failures >= 3 && runs >= 3, 5000);
}

void TestJobRunner::givesJobsTheirOwnDatabaseConnection()
{
    // A connection is not safe to share between threads; the job must not get the caller's.
    QTemporaryDir dir;
    Database database(dir.filePath(QStringLiteral("jobs.sqlite3")));
    const Connection *mine = &database.connection();
    std::atomic<const Connection *> theirs {nullptr};
    JobRunner runner;
    runner.add(QStringLiteral("connect"), 1h, [&] { theirs = &database.connection(); });
    runner.start();
    QTRY_VERIFY(theirs.load() != nullptr);
    QVERIFY(theirs.load() != mine);
    runner.stop(); // before the Database goes: the thread's connection closes as it ends
}

void TestJobRunner::refusesJobsAddedWhileRunning()
{
    JobRunner runner;
    runner.start();
    QVERIFY_THROWS_EXCEPTION(std::logic_error, runner.add(QStringLiteral("late"), 1s, [] {}));
}

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_job_runner.moc"
