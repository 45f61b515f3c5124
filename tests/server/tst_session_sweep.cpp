#include "server/db/Database.h"
#include "shared/Account.h"

#include "ServerFixture.h"

#include <QElapsedTimer>
#include <QTest>

using namespace kp::server;

// The running server deletes expired sessions by itself, on its job thread, and its job thread
// does not hold up a SIGTERM shutdown.
class TestSessionSweep : public QObject {
    Q_OBJECT

private slots:
    void cleanup();

    void deletesExpiredSessionsWhileServing();
    void stopsPromptlyWithExitCode0WhileTheSweepWaits();

private:
    ServerFixture m_fixture;
};

void TestSessionSweep::cleanup()
{
    m_fixture.stop();
    KP_VERIFY_API_CONTRACT();
}

namespace {

int sessionsWithHash(Connection &db, const QString &tokenHash)
{
    auto count = db.query("SELECT count(*) FROM sessions WHERE token_hash = ?", tokenHash);
    return count.next() ? int(count.integer(0)) : -1;
}

} // namespace

void TestSessionSweep::deletesExpiredSessionsWhileServing()
{
    QVERIFY2(m_fixture.start({{QStringLiteral("security/session_sweep_interval_s"), QStringLiteral("1")}}),
             qPrintable(m_fixture.error()));
    // Written beside the server (WAL allows it) after its start and its last login, so only a
    // sweep while serving can remove it.
    Database database(m_fixture.server->databasePath());
    auto &db = database.connection();
    const auto adminId = [&db] {
        // Scoped: a live query keeps this connection's transaction, and the inserts below, open.
        auto admin = db.query("SELECT id FROM accounts");
        return admin.next() ? admin.text(0) : QString();
    }();
    QVERIFY(!adminId.isEmpty());
    const auto now = QDateTime::currentDateTimeUtc();
    const auto expired = QStringLiteral("expired-session-hash");
    const auto live = QStringLiteral("live-session-hash");
    for (const auto &[hash, expiresAt] : {std::pair {expired, now.addSecs(-60)}, std::pair {live, now.addDays(1)}})
        db.query("INSERT INTO sessions (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)", hash,
                 adminId, kp::toApiInstant(now.addDays(-30)), kp::toApiInstant(expiresAt))
            .run();

    QTRY_COMPARE_WITH_TIMEOUT(sessionsWithHash(db, expired), 0, 10000);
    QCOMPARE(sessionsWithHash(db, live), 1);
    QCOMPARE(m_fixture.http->get(QStringLiteral("/api/v1/me"), m_fixture.adminToken).status, 200);
}

void TestSessionSweep::stopsPromptlyWithExitCode0WhileTheSweepWaits()
{
    // The default interval: after its first run at start the sweep waits an hour.
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(m_fixture.stop(), 0);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QStringLiteral("stopping took %1 ms").arg(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestSessionSweep)
#include "tst_session_sweep.moc"
