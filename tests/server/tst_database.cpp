#include "server/db/Database.h"
#include "server/db/Migrations.h"
#include "server/db/RowidCursor.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kp::server;

class TestDatabase : public QObject {
    Q_OBJECT

private slots:
    void init();

    void appliesAllMigrationsOnceAndRecordsTheVersion();
    void refusesDatabaseNewerThanTheServer();
    void rollsBackTransactionThatWasNotCommitted();
    void joinsAnOuterTransactionSoTheOuterOneDecides();
    void leavesNoHalfAppliedMigration();
    void tellsUniqueViolationsApart();
    void givesEachThreadItsOwnConnection();
    void runsTheSameSqlNestedInsideALiveQuery();
    void keepsTheBindingsOfEachOpenQueryOfTheSameSql();
    void readsOnlyItsOwnListsCursors();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestDatabase::init()
{
    static int counter = 0;
    m_path = m_dir.filePath(QStringLiteral("db%1.sqlite3").arg(++counter));
}

void TestDatabase::appliesAllMigrationsOnceAndRecordsTheVersion()
{
    Database database(m_path);
    auto &db = database.connection();
    applyMigrations(db);
    QVERIFY(latestSchemaVersion() >= 1);
    QCOMPARE(db.userVersion(), latestSchemaVersion());
    applyMigrations(db); // a second start changes nothing and does not fail
    QCOMPARE(db.userVersion(), latestSchemaVersion());
    auto journal = db.query("PRAGMA journal_mode");
    QVERIFY(journal.next());
    QCOMPARE(journal.text(0), QStringLiteral("wal"));
}

void TestDatabase::refusesDatabaseNewerThanTheServer()
{
    Database database(m_path);
    auto &db = database.connection();
    db.exec(QStringLiteral("PRAGMA user_version = 9999"));
    QVERIFY_THROWS_EXCEPTION(DbError, applyMigrations(db));
}

void TestDatabase::rollsBackTransactionThatWasNotCommitted()
{
    Database database(m_path);
    auto &db = database.connection();
    db.exec(QStringLiteral("CREATE TABLE t (x TEXT)"));
    {
        WriteTransaction transaction(db);
        db.query("INSERT INTO t VALUES (?)", QStringLiteral("lost")).run();
    }
    auto count = db.query("SELECT count(*) FROM t");
    QVERIFY(count.next());
    QCOMPARE(count.integer(0), 0);
}

void TestDatabase::joinsAnOuterTransactionSoTheOuterOneDecides()
{
    Database database(m_path);
    auto &db = database.connection();
    db.exec(QStringLiteral("CREATE TABLE t (x TEXT)"));
    {
        WriteTransaction outer(db);
        {
            WriteTransaction inner(db); // e.g. a store's own transaction inside a service's
            db.query("INSERT INTO t VALUES (?)", QStringLiteral("inner")).run();
            inner.commit();
        }
        QVERIFY(db.inTransaction());
        // The outer one ends without commit: the inner write must go with it.
    }
    auto count = db.query("SELECT count(*) FROM t");
    QVERIFY(count.next());
    QCOMPARE(count.integer(0), 0);
    QVERIFY(!db.inTransaction());
}

void TestDatabase::leavesNoHalfAppliedMigration()
{
    QTemporaryDir migrations;
    QFile good(migrations.filePath(QStringLiteral("0001_good.sql")));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write("CREATE TABLE a (x TEXT);");
    good.close();
    QFile bad(migrations.filePath(QStringLiteral("0002_bad.sql")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("CREATE TABLE b (x TEXT); THIS IS NOT SQL;");
    bad.close();

    Database database(m_path);
    auto &db = database.connection();
    QVERIFY_THROWS_EXCEPTION(DbError, applyMigrations(db, migrations.path()));
    QCOMPARE(db.userVersion(), 1);
    auto tables = db.query("SELECT count(*) FROM sqlite_master WHERE name = 'b'");
    QVERIFY(tables.next());
    QCOMPARE(tables.integer(0), 0);
}

void TestDatabase::tellsUniqueViolationsApart()
{
    Database database(m_path);
    auto &db = database.connection();
    db.exec(QStringLiteral("CREATE TABLE t (x TEXT UNIQUE)"));
    db.query("INSERT INTO t VALUES (?)", QStringLiteral("a")).run();
    try {
        db.query("INSERT INTO t VALUES (?)", QStringLiteral("a")).run();
        QFAIL("a duplicate was inserted");
    } catch (const DbError &error) {
        QVERIFY(error.uniqueViolated());
    }
}

void TestDatabase::givesEachThreadItsOwnConnection()
{
    Database database(m_path);
    Connection *mine = &database.connection();
    QCOMPARE(&database.connection(), mine);
    Connection *theirs = nullptr;
    std::thread([&] { theirs = &database.connection(); }).join();
    QVERIFY(theirs != mine);
}

namespace {
void createNumbers(Connection &db, int count)
{
    db.exec(QStringLiteral("CREATE TABLE t (x INTEGER)"));
    for (int x = 1; x <= count; ++x)
        db.query("INSERT INTO t VALUES (?)", x).run();
}
constexpr const char *kNumbersFrom = "SELECT x FROM t WHERE x >= ? ORDER BY x";
} // namespace

void TestDatabase::runsTheSameSqlNestedInsideALiveQuery()
{
    // A loop over rows that calls a store method running the same SQL (e.g. a tree walk).
    Database database(m_path);
    auto &db = database.connection();
    createNumbers(db, 3);
    QList<std::int64_t> outerRows;
    auto outer = db.query(kNumbersFrom, 1);
    while (outer.next() && outerRows.size() < 10) { // the bound stops an endless restart
        outerRows.append(outer.integer(0));
        auto inner = db.query(kNumbersFrom, outer.integer(0));
        int innerCount = 0;
        while (inner.next())
            ++innerCount;
        QCOMPARE(innerCount, 4 - int(outer.integer(0)));
    }
    QCOMPARE(outerRows, (QList<std::int64_t> {1, 2, 3}));
}

void TestDatabase::keepsTheBindingsOfEachOpenQueryOfTheSameSql()
{
    // Bound but not yet stepped: sqlite3_stmt_busy() alone would call this statement free.
    Database database(m_path);
    auto &db = database.connection();
    createNumbers(db, 3);
    auto fromTwo = db.query(kNumbersFrom, 2);
    auto fromThree = db.query(kNumbersFrom, 3);
    QVERIFY(fromTwo.next());
    QCOMPARE(fromTwo.integer(0), 2);
    QVERIFY(fromThree.next());
    QCOMPARE(fromThree.integer(0), 3);
}

void TestDatabase::readsOnlyItsOwnListsCursors()
{
    using namespace kp::server;
    const auto cursor = encodeRowidCursor("c", 4711);
    QCOMPARE(decodeRowidCursor("c", cursor), std::optional<qint64>(4711));
    // Opaque and URL-safe: no rowid in plain sight, nothing to escape in a query string.
    QVERIFY(!cursor.contains(QLatin1String("4711")));
    QVERIFY(!cursor.contains(QLatin1Char('=')) && !cursor.contains(QLatin1Char('+'))
            && !cursor.contains(QLatin1Char('/')));
    // Another list's cursor, a forged one and garbage are none.
    QCOMPARE(decodeRowidCursor("p:", cursor), std::nullopt);
    QCOMPARE(decodeRowidCursor("c", encodeRowidCursor("c", 0)), std::nullopt);
    QCOMPARE(decodeRowidCursor("c", encodeRowidCursor("c", -3)), std::nullopt);
    QCOMPARE(decodeRowidCursor("c", QStringLiteral("not*base64")), std::nullopt);
    QCOMPARE(decodeRowidCursor("c", QString()), std::nullopt);
    QCOMPARE(decodeRowidCursor("p:", encodeRowidCursor("p:", 12)), std::optional<qint64>(12));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
