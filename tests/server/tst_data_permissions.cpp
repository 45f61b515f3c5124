#include "server/db/Database.h"
#include "server/db/Migrations.h"

#include "ServerFixture.h"

#include <QDir>
#include <QTest>

#include <sys/stat.h>

using namespace kp::server;

// The database holds password hashes and e-mail addresses: nothing of the data folder may be
// readable by other local users, whatever umask the server was started with (systemd sets one,
// a shell usually leaves 022).
class TestDataPermissions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void keepsEverythingOwnerOnlyUnderAShellUmask();
    void tightensFilesAnOlderInstallLeftOpen();

private:
    mode_t m_umask = 0;
};

namespace {

// "700", "644": octal reads like ls -l and chmod, and a failure shows both sides that way.
QString mode(const QString &path)
{
    struct stat info { };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return QStringLiteral("missing");
    return QString::number(info.st_mode & 07777, 8);
}

const QStringList kDatabaseFiles {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};

// Every path whose mode is not the owner-only one, with the mode it has; empty when all are.
QString openToOthers(const TestServer &server)
{
    QStringList problems;
    const auto expect = [&](const QString &path, const QString &wanted) {
        if (mode(path) != wanted)
            problems.append(QStringLiteral("%1 is %2, not %3").arg(path, mode(path), wanted));
    };
    expect(server.dataDir(), QStringLiteral("700"));
    for (const auto &suffix : kDatabaseFiles)
        expect(server.databasePath() + suffix, QStringLiteral("600"));
    return problems.join(QLatin1Char('\n'));
}

} // namespace

void TestDataPermissions::initTestCase()
{
    // The server process inherits the umask of the test that starts it.
    m_umask = ::umask(022);
}

void TestDataPermissions::cleanupTestCase()
{
    ::umask(m_umask);
}

void TestDataPermissions::cleanup()
{
    KP_VERIFY_API_CONTRACT();
}

void TestDataPermissions::keepsEverythingOwnerOnlyUnderAShellUmask()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.log()));
    TestHttp http(server);
    // A write, so the write-ahead log and its index exist for certain.
    QCOMPARE(http.registerCustomer(QStringLiteral("erika@mustermann.de")).status, 201);
    const auto problems = openToOthers(server);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    QCOMPARE(server.stop(), 0);
}

void TestDataPermissions::tightensFilesAnOlderInstallLeftOpen()
{
    TestServer server;
    QVERIFY(QDir().mkpath(server.dataDir()));
    QVERIFY(QFile::setPermissions(server.dataDir(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                      | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    // Made under umask 022 and kept open, so the write-ahead log and its index are on disk too,
    // as after a crash of an older version.
    Database olderInstall(server.databasePath());
    applyMigrations(olderInstall.connection());
    for (const auto &suffix : kDatabaseFiles)
        QCOMPARE(mode(server.databasePath() + suffix), QStringLiteral("644"));

    QVERIFY2(server.start(), qPrintable(server.log()));
    const auto problems = openToOthers(server);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    QVERIFY2(server.log().contains(QStringLiteral("from 0644 to 0600")), qPrintable(server.log()));
    QCOMPARE(server.stop(), 0);
}

QTEST_GUILESS_MAIN(TestDataPermissions)
#include "tst_data_permissions.moc"
