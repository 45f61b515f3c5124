#include "server/config/ServerConfig.h"

#include "TestServer.h"
#include "google/TestServiceAccount.h"

#include <QFile>
#include <QFileInfo>
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
    void readsTheReferralKeys();
    void readsRelativePathsFromTheConfigFolder();
    void readsTheGoogleSheetWithAServiceAccountKeyFile();
    void readsChannelSecretsFromFiles();
    void readsIntercomWithSecretsFromFilesAndRegionHosts();
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
    QVERIFY(!config.googleSheets.enabled());
    QCOMPARE(config.googleSheets.range, QStringLiteral("Checkliste!A1:Z"));
    QCOMPARE(config.googleSheets.oauthUrl, defaults.googleSheets.oauthUrl);
    QCOMPARE(config.googleSheets.sheetsUrl, defaults.googleSheets.sheetsUrl);
    QCOMPARE(config.googleSheets.driveUrl, defaults.googleSheets.driveUrl);
    QVERIFY(!config.googleAds.enabled());
    QCOMPARE(config.googleAds.adsUrl, defaults.googleAds.adsUrl);
    QCOMPARE(config.googleAds.apiVersion, defaults.googleAds.apiVersion);
    QCOMPARE(config.facebook.graphUrl, defaults.facebook.graphUrl);
    QCOMPARE(config.facebook.apiVersion, defaults.facebook.apiVersion);
    QCOMPARE(config.facebook.asyncAfterDays, defaults.facebook.asyncAfterDays);
    QCOMPARE(config.metrics.syncIntervalMin, defaults.metrics.syncIntervalMin);
    QCOMPARE(config.metrics.recentDays, defaults.metrics.recentDays);
    QCOMPARE(config.metrics.provisionalDays, defaults.metrics.provisionalDays);
    QCOMPARE(config.keyFilePath(), QStringLiteral("/var/lib/kundenportal/secrets.key"));
    QCOMPARE(config.callbacks.perHour, defaults.callbacks.perHour);
    QCOMPARE(config.callbacks.retryBaseS, defaults.callbacks.retryBaseS);
    QCOMPARE(config.callbacks.retryMaxS, defaults.callbacks.retryMaxS);
    QCOMPARE(config.callbacks.pollIntervalS, defaults.callbacks.pollIntervalS);
    QCOMPARE(config.telegram.apiUrl, defaults.telegram.apiUrl);
    QVERIFY(!config.telegram.enabled());
    QCOMPARE(config.whatsapp.graphUrl, defaults.whatsapp.graphUrl);
    QCOMPARE(config.whatsapp.apiVersion, defaults.whatsapp.apiVersion);
    QCOMPARE(config.whatsapp.language, defaults.whatsapp.language);
    QVERIFY(!config.whatsapp.enabled());
    QVERIFY(!config.webhook.enabled());
    QVERIFY(!config.intercom.messengerEnabled());
    QVERIFY(!config.intercom.contactSyncEnabled());
    QCOMPARE(config.intercom.region, QStringLiteral("us"));
    QCOMPARE(config.intercom.messengerApiBase, QStringLiteral("https://api-iam.intercom.io"));
    QCOMPARE(config.intercom.apiUrl, QStringLiteral("https://api.intercom.io"));
    QCOMPARE(config.intercom.jwtTtlS, defaults.intercom.jwtTtlS);
    QCOMPARE(config.intercom.syncIntervalS, defaults.intercom.syncIntervalS);
    QCOMPARE(config.intercom.retryBaseS, defaults.intercom.retryBaseS);
    QCOMPARE(config.referrals.windowDays, 60);
    QCOMPARE(config.referrals.agencyName, defaults.referrals.agencyName);
    QVERIFY(config.referrals.downloadUrl.isEmpty());
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
    QTest::newRow("google ads half set") << QByteArray("[server]\ndata_dir=/tmp/x\n[google]\nclient_id=abc\n")
                                         << "[google] client_secret: is required";
    QTest::newRow("manager id") << QByteArray("[server]\ndata_dir=/tmp/x\n[google]\nlogin_customer_id=12-34\n")
                                << "[google] login_customer_id:";
    QTest::newRow("graph version") << QByteArray("[server]\ndata_dir=/tmp/x\n[facebook]\napi_version=21\n")
                                   << "[facebook] api_version:";
    QTest::newRow("metrics interval") << QByteArray("[server]\ndata_dir=/tmp/x\n[sync]\nmetrics_interval_min=0\n")
                                      << "[sync] metrics_interval_min:";
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
    QTest::newRow("google key and account")
        << QByteArray("[server]\ndata_dir=/tmp/x\n[google]\nspreadsheet_id=abc\n"
                      "api_key=k\nservice_account_file=" KP_SOURCE_DIR "/CMakeLists.txt\n")
        << "[google] api_key: set either api_key or service_account_file";
    QTest::newRow("google sheet without credentials")
        << QByteArray("[server]\ndata_dir=/tmp/x\n[google]\nspreadsheet_id=abc\n") << "[google] spreadsheet_id: needs";
    QTest::newRow("google key without sheet")
        << QByteArray("[server]\ndata_dir=/tmp/x\n[google]\napi_key=k\n") << "[google] spreadsheet_id: is required";
    QTest::newRow("google bad sheets url")
        << QByteArray("[server]\ndata_dir=/tmp/x\n[google]\nsheets_url=sheets.googleapis.com\n")
        << "[google] sheets_url: must be an http(s) URL";
    QTest::newRow("google missing key file") << QByteArray(
        "[server]\ndata_dir=/tmp/x\n[google]\nspreadsheet_id=abc\nservice_account_file=/nonexistent.json\n")
                                             << "[google] service_account_file: names a file that cannot be read";
    QTest::newRow("google key file not json")
        << QByteArray("[server]\ndata_dir=/tmp/x\n[google]\nspreadsheet_id=abc\n"
                      "service_account_file=" KP_SOURCE_DIR "/CMakeLists.txt\n")
        << "[google] service_account_file: " KP_SOURCE_DIR "/CMakeLists.txt is not a JSON key file";
    QTest::newRow("callbacks per hour") << QByteArray("[server]\ndata_dir=/tmp/x\n[callbacks]\nper_hour=0\n")
                                        << "[callbacks] per_hour:";
    QTest::newRow("retry cap below base")
        << QByteArray("[server]\ndata_dir=/tmp/x\n[callbacks]\nretry_base_s=60\nretry_max_s=10\n")
        << "[callbacks] retry_max_s: must not be less than retry_base_s";
    QTest::newRow("telegram token without chat")
        << QByteArray("[server]\ndata_dir=/tmp/x\n[telegram]\nbot_token=123456:ABC-def\n")
        << "[telegram] chat_id: is required";
    QTest::newRow("telegram token shape")
        << QByteArray("[server]\ndata_dir=/tmp/x\n[telegram]\nbot_token=abc/def\nchat_id=-100\n")
        << "[telegram] bot_token: must look like";
    QTest::newRow("telegram token twice")
        << QByteArray("[server]\ndata_dir=/tmp/x\n[telegram]\nbot_token=1:A\nbot_token_file=" KP_SOURCE_DIR
                      "/CMakeLists.txt\nchat_id=-100\n")
        << "[telegram] bot_token: set either bot_token or bot_token_file";
    QTest::newRow("telegram missing token file")
        << QByteArray("[server]\ndata_dir=/tmp/x\n[telegram]\nbot_token_file=/nonexistent\nchat_id=-100\n")
        << "[telegram] bot_token_file: names a file that cannot be read";
    QTest::newRow("whatsapp half set") << QByteArray(
        "[server]\ndata_dir=/tmp/x\n[whatsapp]\nphone_number_id=1065\naccess_token=EAAG\n")
                                       << "[whatsapp] to: is required";
    QTest::newRow("whatsapp bad number") << QByteArray("[server]\ndata_dir=/tmp/x\n[whatsapp]\nto=12\n")
                                         << "[whatsapp] to: must be a phone number";
    QTest::newRow("whatsapp version") << QByteArray("[server]\ndata_dir=/tmp/x\n[whatsapp]\napi_version=21\n")
                                      << "[whatsapp] api_version:";
    QTest::newRow("webhook without secret")
        << QByteArray("[server]\ndata_dir=/tmp/x\n[webhook]\nurl=https://crm.example/hook\n")
        << "[webhook] secret: is required";
    QTest::newRow("webhook short secret")
        << QByteArray("[server]\ndata_dir=/tmp/x\n[webhook]\nurl=https://crm.example/hook\nsecret=short\n")
        << "[webhook] secret: must be at least 16 characters";
    QTest::newRow("webhook not a url") << QByteArray("[server]\ndata_dir=/tmp/x\n[webhook]\nurl=crm.example\n")
                                       << "[webhook] url: must be an http(s) URL";
    QTest::newRow("intercom without identity secret")
        << QByteArray("[server]\ndata_dir=/tmp/x\n[intercom]\napp_id=abc12345\n")
        << "[intercom] identity_secret: is required when app_id is set";
    QTest::newRow("intercom secret twice")
        << QByteArray("[server]\ndata_dir=/tmp/x\n[intercom]\nidentity_secret=s\nidentity_secret_file=" KP_SOURCE_DIR
                      "/CMakeLists.txt\n")
        << "[intercom] identity_secret: set either identity_secret or identity_secret_file";
    QTest::newRow("intercom missing secret file")
        << QByteArray("[server]\ndata_dir=/tmp/x\n[intercom]\naccess_token_file=/nonexistent-token\n")
        << "[intercom] access_token_file: names a file that cannot be read";
    QTest::newRow("intercom mode") << QByteArray("[server]\ndata_dir=/tmp/x\n[intercom]\nidentity_mode=rsa\n")
                                   << "[intercom] identity_mode: must be hmac or jwt";
    QTest::newRow("intercom region") << QByteArray("[server]\ndata_dir=/tmp/x\n[intercom]\nregion=de\n")
                                     << "[intercom] region: must be us, eu or au";
    QTest::newRow("intercom jwt ttl") << QByteArray("[server]\ndata_dir=/tmp/x\n[intercom]\njwt_ttl_s=5\n")
                                      << "[intercom] jwt_ttl_s:";
    QTest::newRow("intercom widget url") << QByteArray("[server]\ndata_dir=/tmp/x\n[intercom]\nwidget_url=widget.js\n")
                                         << "[intercom] widget_url: must be an http(s) URL";
    QTest::newRow("intercom api url") << QByteArray("[server]\ndata_dir=/tmp/x\n[intercom]\napi_url=ftp://x\n")
                                      << "[intercom] api_url: must be an http(s) URL";
    QTest::newRow("referral window too short")
        << QByteArray("[server]\ndata_dir=/tmp/x\n[referrals]\nwindow_days=0\n") << "[referrals] window_days:";
    QTest::newRow("referral window too long")
        << QByteArray("[server]\ndata_dir=/tmp/x\n[referrals]\nwindow_days=366\n") << "[referrals] window_days:";
    QTest::newRow("referral agency name blank")
        << QByteArray("[server]\ndata_dir=/tmp/x\n[referrals]\nagency_name=\"  \"\n")
        << "[referrals] agency_name: must be 1 to 100 characters";
    QTest::newRow("referral download url")
        << QByteArray("[server]\ndata_dir=/tmp/x\n[referrals]\ndownload_url=kundenportal.deb\n")
        << "[referrals] download_url: must be an http(s) URL";
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

void TestConfig::readsTheReferralKeys()
{
    const auto config = ServerConfig::load(write("[server]\ndata_dir=/tmp/x\n[referrals]\nwindow_days=365\n"
                                                 "agency_name=Leadwerk Agentur\n"
                                                 "download_url=https://portal.example/app.deb\n"));
    QCOMPARE(config.referrals.windowDays, 365);
    QCOMPARE(config.referrals.agencyName, QStringLiteral("Leadwerk Agentur"));
    QCOMPARE(config.referrals.downloadUrl, QStringLiteral("https://portal.example/app.deb"));
}

void TestConfig::readsRelativePathsFromTheConfigFolder()
{
    const auto config = ServerConfig::load(write("[server]\ndata_dir=data\n"));
    QCOMPARE(config.dataDir, m_dir.filePath(QStringLiteral("data")));
}

void TestConfig::readsTheGoogleSheetWithAServiceAccountKeyFile()
{
    const auto account = TestServiceAccount::create(m_dir.path());
    const auto config = ServerConfig::load(write("[server]\ndata_dir=data\n[google]\nspreadsheet_id=1abc\n"
                                                 "range='Check liste'!A1:H\nservice_account_file="
                                                 + QFileInfo(account.keyFile).fileName().toUtf8() + "\n"));
    QVERIFY(config.googleSheets.enabled());
    QVERIFY(config.googleSheets.usesServiceAccount());
    QCOMPARE(config.googleSheets.serviceAccountFile, account.keyFile);
    QCOMPARE(config.googleSheets.range, QStringLiteral("'Check liste'!A1:H"));
}

void TestConfig::readsChannelSecretsFromFiles()
{
    QFile token(m_dir.filePath(QStringLiteral("bot-token")));
    QVERIFY(token.open(QIODevice::WriteOnly));
    token.write("7012345678:AAHfromAFile\n");
    token.close();
    QFile secret(m_dir.filePath(QStringLiteral("hook-secret")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("a-webhook-secret-of-enough-length");
    secret.close();
    const auto config = ServerConfig::load(
        write("[server]\ndata_dir=data\n[telegram]\nbot_token_file=bot-token\nchat_id=-1001\n"
              "[whatsapp]\nphone_number_id=1065\naccess_token=EAAG\nto=0151 23456789\ntemplate=rueckruf\n"
              "[webhook]\nurl=https://crm.example/hook?key=1\nsecret_file=hook-secret\n"));
    QVERIFY(config.telegram.enabled());
    QCOMPARE(config.telegram.botToken, QStringLiteral("7012345678:AAHfromAFile"));
    QVERIFY(config.whatsapp.enabled());
    QCOMPARE(config.whatsapp.to, QStringLiteral("+4915123456789"));
    QVERIFY(config.webhook.enabled());
    QCOMPARE(config.webhook.secret, QStringLiteral("a-webhook-secret-of-enough-length"));
}

void TestConfig::readsIntercomWithSecretsFromFilesAndRegionHosts()
{
    QFile secret(m_dir.filePath(QStringLiteral("intercom-secret")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("file-secret-123\nignored second line\n");
    secret.close();
    const auto config = ServerConfig::load(write("[server]\ndata_dir=data\n[intercom]\napp_id=abc12345\n"
                                                 "identity_secret_file=intercom-secret\nidentity_mode=JWT\n"
                                                 "region=au\naccess_token=tok\n"));
    QVERIFY(config.intercom.messengerEnabled());
    QVERIFY(config.intercom.contactSyncEnabled());
    QCOMPARE(config.intercom.identitySecret, QByteArray("file-secret-123"));
    QCOMPARE(config.intercom.identityMode, kp::server::IntercomSettings::IdentityMode::Jwt);
    QCOMPARE(config.intercom.messengerApiBase, QStringLiteral("https://api-iam.au.intercom.io"));
    QCOMPARE(config.intercom.apiUrl, QStringLiteral("https://api.au.intercom.io"));
    QCOMPARE(config.intercom.widgetUrl, QStringLiteral("https://widget.intercom.io/widget/abc12345"));
    QCOMPARE(config.intercom.accessToken, QByteArray("tok"));
    const auto eu = ServerConfig::load(write("[server]\ndata_dir=data\n[intercom]\nregion=eu\n"
                                             "messenger_api_base=http://127.0.0.1:9/iam\n"));
    QCOMPARE(eu.intercom.messengerApiBase, QStringLiteral("http://127.0.0.1:9/iam"));
    QCOMPARE(eu.intercom.apiUrl, QStringLiteral("https://api.eu.intercom.io"));
    QVERIFY(eu.intercom.widgetUrl.isEmpty()); // no app: no widget
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
