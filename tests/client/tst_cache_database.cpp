#include "CacheTestSupport.h"
#include "client/cache/AccountCache.h"
#include "client/cache/CacheSchema.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

using namespace kp::client::cache;

namespace {

const QUrl server(QStringLiteral("https://portal.agentur.de"));

int modeOf(const QString &path)
{
    struct stat info { };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

// Any query: when its answer is back, every job queued before it has run.
bool settled(CacheDatabase &database)
{
    return awaitQuery<bool>(
               database, [](SqliteConnection &) { return true; }, false)
        .value_or(false);
}

} // namespace

// The local cache file: where it lives, who may read it, that the GUI thread never touches it, and
// that logging out leaves nothing behind.
class TestCacheDatabase : public QObject {
    Q_OBJECT

private slots:
    void init();
    void keepsOneFilePerAccountAndServer();
    void isReadableByTheOwnerOnly();
    void tightensAFileThatOthersCouldRead();
    void runsJobsOffTheGuiThreadInOrder();
    void createsTheSchemaOfThisVersion();
    void upgradesAFileOfAnOlderVersion();
    void refusesAFileOfANewerAppAndAnswersWithTheFallback();
    void finishesQueuedWritesBeforeClosing();
    void removingDeletesTheFileAndItsJournal();
    void dropsAnswersForAReceiverThatIsGone();
    void loggingOutDeletesThatAccountsCache();
};

void TestCacheDatabase::init()
{
    startWithEmptyCacheFolder();
}

void TestCacheDatabase::keepsOneFilePerAccountAndServer()
{
    const auto a = CacheDatabase::filePathFor(server, QStringLiteral("acc-1"));
    QCOMPARE(CacheDatabase::filePathFor(QUrl(QStringLiteral("https://portal.agentur.de/")), QStringLiteral("acc-1")),
             a);
    QVERIFY(a != CacheDatabase::filePathFor(server, QStringLiteral("acc-2")));
    QVERIFY(a
            != CacheDatabase::filePathFor(QUrl(QStringLiteral("https://staging.agentur.de")), QStringLiteral("acc-1")));
    QVERIFY(a.startsWith(CacheDatabase::directory() + QLatin1Char('/')));
    // The name gives away neither the server nor the account.
    QVERIFY(!a.contains(QLatin1String("agentur")));
    QVERIFY(!a.contains(QLatin1String("acc-1")));
}

void TestCacheDatabase::isReadableByTheOwnerOnly()
{
    // A permissive umask must not leak into the cache: the permissions are set, not inherited.
    const auto previous = ::umask(0);
    CacheDatabase database(server, QStringLiteral("acc-1"));
    const bool ok = settled(database);
    ::umask(previous);
    QVERIFY(ok);
    QCOMPARE(modeOf(CacheDatabase::directory()), 0700);
    QCOMPARE(modeOf(database.filePath()), 0600);
    QVERIFY(QFileInfo::exists(database.filePath() + QStringLiteral("-wal")));
    QCOMPARE(modeOf(database.filePath() + QStringLiteral("-wal")), 0600);
}

void TestCacheDatabase::tightensAFileThatOthersCouldRead()
{
    const auto path = CacheDatabase::filePathFor(server, QStringLiteral("acc-1"));
    QVERIFY(QDir().mkpath(CacheDatabase::directory()));
    QVERIFY(QFile::setPermissions(CacheDatabase::directory(), QFile::Permissions(0x7755)));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(QFile::setPermissions(path, QFile::Permissions(0x6644)));
    QCOMPARE(modeOf(path), 0644);

    CacheDatabase database(path);
    QVERIFY(settled(database));
    QCOMPARE(modeOf(CacheDatabase::directory()), 0700);
    QCOMPARE(modeOf(path), 0600);
}

void TestCacheDatabase::runsJobsOffTheGuiThreadInOrder()
{
    CacheDatabase database(server, QStringLiteral("acc-1"));
    QObject context;
    QList<int> order;
    QList<bool> ranOnGuiThread;
    QList<bool> answeredOnGuiThread;
    auto *gui = QThread::currentThread();
    for (int i = 0; i < 5; ++i) {
        database.query<int>(
            &context,
            [i, gui, &ranOnGuiThread](SqliteConnection &) {
                ranOnGuiThread.append(QThread::currentThread() == gui);
                return i;
            },
            -1,
            [&, gui](int value) {
                order.append(value);
                answeredOnGuiThread.append(QThread::currentThread() == gui);
            });
    }
    // Queued, not run: the call returned before any job touched the file.
    QVERIFY(order.isEmpty());
    QTRY_COMPARE(order, (QList<int> {0, 1, 2, 3, 4}));
    QCOMPARE(ranOnGuiThread, QList<bool>(5, false));
    QCOMPARE(answeredOnGuiThread, QList<bool>(5, true));
}

void TestCacheDatabase::createsTheSchemaOfThisVersion()
{
    CacheDatabase database(server, QStringLiteral("acc-1"));
    const auto version = awaitQuery<int>(
        database, [](SqliteConnection &connection) { return connection.userVersion(); }, -1);
    QCOMPARE(version, std::optional(schema::latestVersion()));
    const auto tables = awaitQuery<QStringList>(
        database,
        [](SqliteConnection &connection) {
            Statement query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
            QStringList names;
            while (query.next())
                names.append(query.text(0));
            return names;
        },
        {});
    QVERIFY(tables->contains(QStringLiteral("responses")));
    QVERIFY(tables->contains(QStringLiteral("outbox")));
}

void TestCacheDatabase::upgradesAFileOfAnOlderVersion()
{
    // Version 0: a file as an app before the cache existed (or a crash before the first step) left it.
    const auto path = CacheDatabase::filePathFor(server, QStringLiteral("acc-1"));
    QVERIFY(QDir().mkpath(CacheDatabase::directory()));
    {
        SqliteConnection old(path);
        old.exec("CREATE TABLE unrelated (x INTEGER)");
        QCOMPARE(old.userVersion(), 0);
    }
    CacheDatabase database(path);
    const auto version = awaitQuery<int>(
        database, [](SqliteConnection &connection) { return connection.userVersion(); }, -1);
    QCOMPARE(version, std::optional(schema::latestVersion()));
}

void TestCacheDatabase::refusesAFileOfANewerAppAndAnswersWithTheFallback()
{
    const auto path = CacheDatabase::filePathFor(server, QStringLiteral("acc-1"));
    QVERIFY(QDir().mkpath(CacheDatabase::directory()));
    {
        SqliteConnection newer(path);
        newer.setUserVersion(schema::latestVersion() + 1);
    }
    CacheDatabase database(path);
    QSignalSpy failed(&database, &CacheDatabase::failed);
    QCOMPARE(awaitQuery<int>(
                 database, [](SqliteConnection &) { return 1; }, -1),
             std::optional(-1));
    QTRY_VERIFY(!failed.isEmpty());
    QVERIFY2(failed.first().at(0).toString().contains(QLatin1String("schema")),
             qPrintable(failed.first().at(0).toString()));
    // The newer app's data is left alone.
    SqliteConnection check(path);
    QCOMPARE(check.userVersion(), schema::latestVersion() + 1);
}

void TestCacheDatabase::finishesQueuedWritesBeforeClosing()
{
    const auto path = CacheDatabase::filePathFor(server, QStringLiteral("acc-1"));
    {
        CacheDatabase database(path);
        ResponseCache responses(database);
        for (int i = 0; i < 50; ++i)
            responses.store(QStringLiteral("/api/v1/item/%1").arg(i),
                            {"{}", "application/json", "\"e\"", QDateTime::currentDateTimeUtc()});
        // Destroyed at once, with the writes still queued.
    }
    SqliteConnection check(path);
    Statement count(check, "SELECT COUNT(*) FROM responses");
    QVERIFY(count.next());
    QCOMPARE(count.integer(0), 50);
}

void TestCacheDatabase::removingDeletesTheFileAndItsJournal()
{
    CacheDatabase database(server, QStringLiteral("acc-1"));
    CacheDatabase other(server, QStringLiteral("acc-2"));
    ResponseCache responses(database);
    responses.store(QStringLiteral("/api/v1/me"),
                    {"{\"name\":\"Anna\"}", "application/json", "\"1\"", QDateTime::currentDateTimeUtc()});
    QVERIFY(settled(database));
    QVERIFY(settled(other));
    const auto path = database.filePath();
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
    // A rollback journal a crash left behind (SQLite itself ignores it in WAL mode) goes too.
    {
        QFile stray(path + QStringLiteral("-journal"));
        QVERIFY(stray.open(QIODevice::WriteOnly));
    }

    QObject context;
    const auto removed
        = awaitResult<bool>([&](std::function<void(bool)> done) { database.remove(&context, std::move(done)); });
    QCOMPARE(removed, std::optional(true));
    for (const auto *suffix : {"", "-wal", "-shm", "-journal"})
        QVERIFY2(!QFileInfo::exists(path + QLatin1String(suffix)), suffix);
    // Another account's cache stays.
    QVERIFY(QFileInfo::exists(other.filePath()));

    // After removal nothing is read or written again: lookups answer "nothing stored", and no
    // write brings the file back.
    const auto lookup = awaitResult<std::optional<CachedResponse>>(
        [&](auto done) { responses.lookup(QStringLiteral("/api/v1/me"), &context, std::move(done)); });
    QVERIFY(lookup.has_value());
    QVERIFY(!lookup->has_value());
    responses.store(QStringLiteral("/api/v1/me"), {"{}", "", "", QDateTime::currentDateTimeUtc()});
    QVERIFY(!settled(database));
    QVERIFY(!QFileInfo::exists(path));
}

void TestCacheDatabase::dropsAnswersForAReceiverThatIsGone()
{
    CacheDatabase database(server, QStringLiteral("acc-1"));
    bool called = false;
    {
        QObject page;
        database.query<int>(
            &page, [](SqliteConnection &) { return 1; }, 0, [&called](int) { called = true; });
    }
    QVERIFY(settled(database));
    QVERIFY(!called);
}

void TestCacheDatabase::loggingOutDeletesThatAccountsCache()
{
    int sends = 0;
    AccountCache anna(server, QStringLiteral("acc-1"), [&sends](const OutboxEntry &, auto) { ++sends; });
    AccountCache berta(server, QStringLiteral("acc-2"), [](const OutboxEntry &, auto) {});
    anna.responses().store(QStringLiteral("/api/v1/me"),
                           {"{}", "application/json", "\"1\"", QDateTime::currentDateTimeUtc()});
    anna.outbox().enqueue(
        {"PATCH", QStringLiteral("/api/v1/me"), "{}", {}, "application/json", QStringLiteral("Profiländerung"), {}});
    QVERIFY(settled(anna.database()));
    QVERIFY(settled(berta.database()));
    const auto path = anna.database().filePath();
    QVERIFY(QFileInfo::exists(path));

    QObject context;
    const auto removed
        = awaitResult<bool>([&](std::function<void(bool)> done) { anna.removeFromDisk(&context, std::move(done)); });
    QCOMPARE(removed, std::optional(true));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(QFileInfo::exists(berta.database().filePath()));
    // The queued change was not sent on the way out.
    anna.sender().setServerReachable(true);
    QVERIFY(!settled(anna.database()));
    QCOMPARE(sends, 0);
}

QTEST_GUILESS_MAIN(TestCacheDatabase)
#include "tst_cache_database.moc"
