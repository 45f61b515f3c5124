#include "DatabaseSnapshot.h"
#include "TestServer.h"

#include "server/db/Database.h"

#include <QDir>
#include <QFile>
#include <QTest>

// Each schema migration proven on data (tests/data/migrations/README.md): a database of an old
// version, filled with rows, migrated by the real server at start, equals a stored expectation.
class TestMigrations : public QObject {
    Q_OBJECT

private slots:
    void migratesOldDatabaseToTheExpectedResult_data();
    void migratesOldDatabaseToTheExpectedResult();
    void refusesADatabaseNewerThanTheServer();
};

static QString fixtureDir()
{
    return QStringLiteral(KP_SOURCE_DIR "/tests/data/migrations");
}

static QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The schema as of `version`: the project's own migration files up to it, applied the way the
// server applied them when that version was the latest.
static void createSchema(kp::server::Connection &db, int version)
{
    const auto migrations = QStringLiteral(KP_SOURCE_DIR "/server/db/migrations");
    for (const auto &name : QDir(migrations).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        if (name.section(QLatin1Char('_'), 0, 0).toInt() <= version)
            db.exec(QString::fromUtf8(readFile(migrations + QLatin1Char('/') + name)));
    }
    db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

void TestMigrations::migratesOldDatabaseToTheExpectedResult_data()
{
    QTest::addColumn<int>("version");
    const auto fixtures = QDir(fixtureDir()).entryList({QStringLiteral("v*.sql")}, QDir::Files, QDir::Name);
    QVERIFY(!fixtures.isEmpty());
    for (const auto &name : fixtures)
        QTest::newRow(qPrintable(name)) << name.mid(1).section(QLatin1Char('.'), 0, 0).toInt();
}

void TestMigrations::migratesOldDatabaseToTheExpectedResult()
{
    QFETCH(int, version);
    TestServer server;
    QVERIFY(QDir().mkpath(server.dataDir()));
    {
        kp::server::Connection db(server.databasePath());
        createSchema(db, version);
        db.exec(QString::fromUtf8(readFile(fixtureDir() + QStringLiteral("/v%1.sql").arg(version))));
    }
    QVERIFY2(server.start(), qPrintable(server.log()));
    QCOMPARE(server.stop(), 0);

    const auto migrated = databaseSchema(server.databasePath()) + databaseSnapshot(server.databasePath());
    const auto expectedPath = fixtureDir() + QStringLiteral("/v%1.expected").arg(version);
    if (qEnvironmentVariableIsSet("KP_UPDATE_MIGRATION_EXPECTATIONS")) {
        QFile file(expectedPath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(migrated.toUtf8());
    }
    const auto expected = QString::fromUtf8(readFile(expectedPath));
    QVERIFY2(!expected.isEmpty(), qPrintable(expectedPath + QStringLiteral(" is missing")));
    QCOMPARE(migrated, expected);
}

void TestMigrations::refusesADatabaseNewerThanTheServer()
{
    TestServer server;
    QVERIFY(QDir().mkpath(server.dataDir()));
    {
        kp::server::Connection db(server.databasePath());
        db.exec(QStringLiteral("PRAGMA user_version = 9999"));
    }
    QVERIFY(!server.start());
    QVERIFY2(server.log().contains(QLatin1String("newer than this server")), qPrintable(server.log()));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
