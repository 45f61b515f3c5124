#include "server/config/ServerConfig.h"

#include "TestServer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using kp::server::ConfigError;
using kp::server::ServerConfig;

// The operator's contract: the example file loads, and every bad value stops the start with
// one line naming the key.
class TestConfig : public QObject {
    Q_OBJECT

private slots:
    void loadsTheShippedExampleWithItsDocumentedDefaults();
    void namesTheKeyOfABadValue_data();
    void namesTheKeyOfABadValue();
    void readsRelativePathsFromTheConfigFolder();
    void stopsTheServerWithOneLineAndExitCode2();

private:
    QString write(const QByteArray &content);
    QTemporaryDir m_dir;
};

QString TestConfig::write(const QByteArray &content)
{
    static int counter = 0;
    const auto path = m_dir.filePath(QStringLiteral("config%1.ini").arg(++counter));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write config");
    file.write(content);
    return path;
}

void TestConfig::loadsTheShippedExampleWithItsDocumentedDefaults()
{
    const auto config = ServerConfig::load(QStringLiteral(KP_SOURCE_DIR "/installer/kundenportal-server.ini"));
    const ServerConfig defaults;
    QCOMPARE(config.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(config.port, defaults.port);
    QCOMPARE(config.dataDir, QStringLiteral("/var/lib/kundenportal"));
    QCOMPARE(config.threads, defaults.threads);
    QCOMPARE(config.argon2MemoryKiB, defaults.argon2MemoryKiB);
    QCOMPARE(config.loginMaxFailures, defaults.loginMaxFailures);
    QCOMPARE(config.registerPerHour, defaults.registerPerHour);
    QCOMPARE(config.sessionSweepIntervalS, 3600);
    QVERIFY(!config.tlsEnabled());
    QCOMPARE(config.publicUrl, QStringLiteral("http://127.0.0.1:8080"));
}

void TestConfig::namesTheKeyOfABadValue_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("port not a number") << QByteArray("[server]\ndata_dir=/tmp/x\nport=http\n") << "[server] port:";
    QTest::newRow("port too large") << QByteArray("[server]\ndata_dir=/tmp/x\nport=70000\n") << "[server] port:";
    QTest::newRow("no data dir") << QByteArray("[server]\nport=8080\n") << "[server] data_dir: is required";
    QTest::newRow("typo in key") << QByteArray("[server]\ndata_dir=/tmp/x\nprot=8080\n")
                                 << "[server] prot: unknown key";
    QTest::newRow("unknown group") << QByteArray("[server]\ndata_dir=/tmp/x\n[face]\nx=1\n") << "[face] x: unknown key";
    QTest::newRow("weak argon2") << QByteArray("[server]\ndata_dir=/tmp/x\n[security]\nargon2_memory_kib=1024\n")
                                 << "[security] argon2_memory_kib:";
    QTest::newRow("one pass") << QByteArray("[server]\ndata_dir=/tmp/x\n[security]\nargon2_passes=1\n")
                              << "[security] argon2_passes:";
    QTest::newRow("no session sweep") << QByteArray(
        "[server]\ndata_dir=/tmp/x\n[security]\nsession_sweep_interval_s=0\n")
                                      << "[security] session_sweep_interval_s:";
    QTest::newRow("bad boolean") << QByteArray("[server]\ndata_dir=/tmp/x\nbehind_proxy=maybe\n")
                                 << "[server] behind_proxy:";
    QTest::newRow("cert without key") << QByteArray("[server]\ndata_dir=/tmp/x\n[tls]\ncert=" KP_SOURCE_DIR
                                                    "/CMakeLists.txt\n")
                                      << "[tls] key: is required";
    QTest::newRow("missing cert file") << QByteArray(
        "[server]\ndata_dir=/tmp/x\n[tls]\ncert=/nonexistent.pem\nkey=/nonexistent.key\n")
                                       << "[tls] cert: names a file that cannot be read";
    QTest::newRow("bad public url") << QByteArray("[server]\ndata_dir=/tmp/x\npublic_url=portal\n")
                                    << "[server] public_url:";
}

void TestConfig::namesTheKeyOfABadValue()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    try {
        ServerConfig::load(write(content));
        QFAIL("the config was accepted");
    } catch (const ConfigError &error) {
        const auto message = QString::fromUtf8(error.what());
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY(!message.contains(QLatin1Char('\n')));
    }
}

void TestConfig::readsRelativePathsFromTheConfigFolder()
{
    const auto config = ServerConfig::load(write("[server]\ndata_dir=data\n"));
    QCOMPARE(config.dataDir, m_dir.filePath(QStringLiteral("data")));
}

void TestConfig::stopsTheServerWithOneLineAndExitCode2()
{
    QProcess server;
    server.start(TestServer::binaryPath(),
                 {QStringLiteral("--config"), write("[server]\ndata_dir=/tmp/x\nport=abc\n")});
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitCode(), 2);
    const auto stderrText = QString::fromUtf8(server.readAllStandardError()).trimmed();
    QCOMPARE(stderrText.count(QLatin1Char('\n')), 0);
    QVERIFY2(stderrText.startsWith(QLatin1String("config error: [server] port:")), qPrintable(stderrText));
}

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
