#include "OpenApiContract.h"
#include "ServerFixture.h"

#include <httplib.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <unistd.h>

// HTTPS served by the server itself ([tls] cert/key): a verifying client reaches every route,
// plain HTTP on that port gets no HTTP answer, and an unusable certificate stops the start
// with one line and a non-zero exit code instead of a crash, a hang or a plain-HTTP fallback.
class TestTls : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void servesHealthToClientThatVerifiesTheCertificate();
    void answersPlainHttpOnTheTlsPortWithNoHttpAtAll();
    void registersAndLogsInOverTls();
    void refusesToStartWithUnusableCertificate_data();
    void refusesToStartWithUnusableCertificate();

private:
    // A self-signed certificate for 127.0.0.1 and its key, made by the openssl CLI.
    static bool makeCertificate(const QString &dir, QString *log);
    QString certPath() const { return m_certDir.filePath(QStringLiteral("cert.pem")); }
    QString keyPath() const { return m_certDir.filePath(QStringLiteral("key.pem")); }
    QString otherCertPath() const { return m_certDir.filePath(QStringLiteral("other/cert.pem")); }
    QString otherKeyPath() const { return m_certDir.filePath(QStringLiteral("other/key.pem")); }
    // Starts a TLS server with the generated certificate.
    std::unique_ptr<TestServer> startTlsServer();
    std::unique_ptr<httplib::SSLClient> verifyingClient(const TestServer &server, const QString &caPath) const;
    // A TestHttp whose requests go over HTTPS with certificate verification.
    TestHttp https(const TestServer &server) const;

    QTemporaryDir m_certDir;
};

bool TestTls::makeCertificate(const QString &dir, QString *log)
{
    QProcess openssl;
    openssl.setWorkingDirectory(dir);
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"),
                   QStringLiteral("key.pem"), QStringLiteral("-out"), QStringLiteral("cert.pem")});
    const bool finished = openssl.waitForFinished(60000);
    *log = QString::fromUtf8(openssl.readAll());
    return finished && openssl.exitStatus() == QProcess::NormalExit && openssl.exitCode() == 0;
}

void TestTls::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(),
             "the openssl command is missing; scripts/install-deps.sh installs it");
    QVERIFY(m_certDir.isValid());
    QString log;
    QVERIFY2(makeCertificate(m_certDir.path(), &log), qPrintable(log));
    // A second, unrelated pair: a client trusting it must refuse our server, and its key does
    // not fit our certificate.
    QVERIFY(QDir(m_certDir.path()).mkdir(QStringLiteral("other")));
    QVERIFY2(makeCertificate(m_certDir.filePath(QStringLiteral("other")), &log), qPrintable(log));
}

void TestTls::cleanup()
{
    KP_VERIFY_API_CONTRACT();
}

std::unique_ptr<TestServer> TestTls::startTlsServer()
{
    auto server = std::make_unique<TestServer>(
        QMap<QString, QString> {{QStringLiteral("tls/cert"), certPath()}, {QStringLiteral("tls/key"), keyPath()}});
    if (!server->start()) {
        qWarning().noquote() << server->log();
        return nullptr;
    }
    return server;
}

std::unique_ptr<httplib::SSLClient> TestTls::verifyingClient(const TestServer &server, const QString &caPath) const
{
    auto client = std::make_unique<httplib::SSLClient>("127.0.0.1", server.port());
    client->set_ca_cert_path(caPath.toLocal8Bit().constData());
    client->enable_server_certificate_verification(true);
    client->set_connection_timeout(5);
    client->set_read_timeout(30);
    return client;
}

TestHttp TestTls::https(const TestServer &server) const
{
    return TestHttp(server, [this, &server] { return verifyingClient(server, certPath()); });
}

void TestTls::servesHealthToClientThatVerifiesTheCertificate()
{
    const auto server = startTlsServer();
    QVERIFY(server);
    QVERIFY2(server->log().contains(QStringLiteral("listening on https://127.0.0.1:%1").arg(server->port())),
             qPrintable(server->log()));

    const auto health = https(*server).get(QStringLiteral("/healthz"));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json.value(QLatin1String("status")).toString(), QStringLiteral("ok"));

    // The check above is only worth something if verification really happens: a client that
    // trusts a different certificate gets no answer.
    const auto stranger = verifyingClient(*server, otherCertPath());
    const auto refused = stranger->Get("/healthz");
    QVERIFY(!refused);
    QCOMPARE(refused.error(), httplib::Error::SSLServerVerification);

    QCOMPARE(server->stop(), 0);
}

void TestTls::answersPlainHttpOnTheTlsPortWithNoHttpAtAll()
{
    const auto server = startTlsServer();
    QVERIFY(server);

    httplib::Client plain("127.0.0.1", server->port());
    plain.set_connection_timeout(5);
    plain.set_read_timeout(10);
    const auto answer = plain.Get("/healthz");
    QVERIFY2(!answer, answer ? qPrintable(QStringLiteral("plain HTTP got status %1").arg(answer->status)) : "");

    // On the wire: whatever comes back (a TLS alert or nothing) is not HTTP, and the server
    // closes the connection rather than keeping it open.
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(server->port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QVERIFY(socket.waitForBytesWritten(5000));
    QByteArray received;
    QDeadlineTimer deadline(20000);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(int(deadline.remainingTime()));
        received += socket.readAll();
    }
    received += socket.readAll();
    QVERIFY2(socket.state() != QAbstractSocket::ConnectedState, "the server kept the plain-HTTP connection open");
    QVERIFY2(!received.contains("HTTP/"), received.toHex().constData());

    // The failed handshakes cost the server nothing: HTTPS still works.
    QCOMPARE(https(*server).get(QStringLiteral("/healthz")).status, 200);
    QCOMPARE(server->stop(), 0);
}

void TestTls::registersAndLogsInOverTls()
{
    auto server = std::make_unique<TestServer>(
        QMap<QString, QString> {{QStringLiteral("tls/cert"), certPath()}, {QStringLiteral("tls/key"), keyPath()}});
    QVERIFY(server->createAdmin(QStringLiteral("admin@agentur.de"), QStringLiteral("admin password 1")));
    QVERIFY2(server->start(), qPrintable(server->log()));

    const auto registered = https(*server).post(QStringLiteral("/api/v1/auth/register"),
                                                {{QStringLiteral("email"), QStringLiteral("erika@mustermann.de")},
                                                 {QStringLiteral("password"), QStringLiteral("correct horse battery")},
                                                 {QStringLiteral("name"), QStringLiteral("Erika Mustermann")},
                                                 {QStringLiteral("company"), QStringLiteral("Mustermann GmbH")}});
    QCOMPARE(registered.status, 201);
    const auto pendingToken = registered.json.value(QLatin1String("token")).toString();
    QVERIFY(!pendingToken.isEmpty());
    const auto pending = https(*server).get(QStringLiteral("/api/v1/me"), pendingToken);
    QCOMPARE(pending.status, 200);
    QCOMPARE(pending.json.value(QLatin1String("status")).toString(), QStringLiteral("pending"));

    const auto login = https(*server).post(QStringLiteral("/api/v1/auth/login"),
                                           {{QStringLiteral("login"), QStringLiteral("admin@agentur.de")},
                                            {QStringLiteral("password"), QStringLiteral("admin password 1")}});
    QCOMPARE(login.status, 200);
    const auto token = login.json.value(QLatin1String("token")).toString();
    QVERIFY(!token.isEmpty());
    const auto me = https(*server).get(QStringLiteral("/api/v1/me"), token);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json.value(QLatin1String("email")).toString(), QStringLiteral("admin@agentur.de"));
    QCOMPARE(me.json.value(QLatin1String("role")).toString(), QStringLiteral("admin"));

    // Over TLS as over HTTP, a made-up token reads nothing.
    QCOMPARE(https(*server).get(QStringLiteral("/api/v1/me"), QStringLiteral("forged")).status, 401);
    QCOMPARE(server->stop(), 0);
}

void TestTls::refusesToStartWithUnusableCertificate_data()
{
    // File names: cert.pem, key.pem and other/ in the certificate folder; the rest are made
    // per row in a scratch folder.
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const auto badCert = QStringLiteral("config error: [tls] cert: is not a PEM certificate");
    const auto badKey = QStringLiteral("config error: [tls] key: is not a PEM private key");
    QTest::newRow("text instead of a certificate") << "text.pem"
                                                   << "key.pem" << 2 << badCert;
    QTest::newRow("PEM armour around garbage") << "armoured.pem"
                                               << "key.pem" << 2 << badCert;
    QTest::newRow("empty certificate") << "empty.pem"
                                       << "key.pem" << 2 << badCert;
    QTest::newRow("garbage key") << "cert.pem"
                                 << "armoured.pem" << 2 << badKey;
    QTest::newRow("key of another certificate")
        << "cert.pem"
        << "other/key.pem" << 2 << QStringLiteral("config error: [tls] key: does not belong to the certificate");
    QTest::newRow("certificate and key swapped") << "key.pem"
                                                 << "cert.pem" << 2 << badCert;
    QTest::newRow("certificate path is a folder") << "other"
                                                  << "key.pem" << 2 << badCert;
    QTest::newRow("unreadable certificate")
        << "locked.pem"
        << "key.pem" << 2 << QStringLiteral("config error: [tls] cert: names a file that cannot be read");
}

void TestTls::refusesToStartWithUnusableCertificate()
{
    QFETCH(QString, cert);
    QFETCH(QString, key);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QMap<QString, QByteArray> scratchFiles {
        {QStringLiteral("text.pem"), "not a certificate\n"},
        {QStringLiteral("armoured.pem"),
         "-----BEGIN CERTIFICATE-----\nthis is not base64 at all\n-----END CERTIFICATE-----\n"},
        {QStringLiteral("empty.pem"), ""}};
    for (auto it = scratchFiles.cbegin(); it != scratchFiles.cend(); ++it) {
        QFile file(scratch.filePath(it.key()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(it.value());
    }
    QVERIFY(QFile::copy(certPath(), scratch.filePath(QStringLiteral("locked.pem"))));
    QVERIFY(QFile::setPermissions(scratch.filePath(QStringLiteral("locked.pem")), QFileDevice::Permissions()));
    if (cert == QLatin1String("locked.pem") && geteuid() == 0)
        QSKIP("root reads the file whatever its permissions");
    const auto pathFor = [&](const QString &name) {
        return QFile::exists(scratch.filePath(name)) ? scratch.filePath(name) : m_certDir.filePath(name);
    };

    TestServer server({{QStringLiteral("tls/cert"), pathFor(cert)}, {QStringLiteral("tls/key"), pathFor(key)}});
    // Run the binary directly to tell an exit from a hang and a crash.
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(TestServer::binaryPath(), {QStringLiteral("--config"), server.configPath()});
    QVERIFY(process.waitForStarted(5000));
    const bool finished = process.waitForFinished(20000);
    const auto output = QString::fromUtf8(process.readAll()).trimmed();
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    QVERIFY2(finished, qPrintable(QStringLiteral("the server still runs after 20 s: ") + output));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit, qPrintable(QStringLiteral("the server crashed: ") + output));
    QVERIFY2(!output.contains(QLatin1String("listening on")), qPrintable(output));
    QCOMPARE(process.exitCode(), exitCode);
    QVERIFY2(!output.contains(QLatin1Char('\n')), qPrintable(QStringLiteral("more than one line: ") + output));
    QVERIFY2(output.contains(message), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
