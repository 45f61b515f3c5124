#include "DatabaseSnapshot.h"
#include "TestHttp.h"
#include "TestServer.h"

#include "server/db/Database.h"
#include "server/security/SecretBox.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

// The operator's command line: --create-admin, --seed-demo, --rotate-key, --version, and what
// happens without a config or with a key file open to others.
class TestCli : public QObject {
    Q_OBJECT

private slots:
    void createsFirstAdminFromStdinWhoCanLogIn();
    void refusesWeakPasswordAndTakenEmailWithoutCreatingAnything();
    void seedsDemoDataOnceAndKeepsItAcrossRestarts();
    void refusesDemoDataOnADatabaseWithRealAccounts();
    void printsVersion();
    void refusesToStartWithoutConfig();
    void printsEveryRouteWithAccessGatesAndBodyWithoutConfig();
    void refusesToStartWithAKeyFileOthersCanRead();
    void rotatesTheKeyAndResealsStoredSecrets();
    void refusesToRotateTheKeyWhileTheServerRuns();
    void refusesANewKeyWhenTheDatabaseHoldsSecretsOfTheLostOne();

private:
    // A Facebook ad account of a new customer whose token is sealed with the server's key file.
    static void storeSealedToken(TestServer &server, const QByteArray &token);
    static QString keyFile(const TestServer &server) { return server.dataDir() + QStringLiteral("/secrets.key"); }
    static QByteArray fileContent(const QString &path);
};

void TestCli::storeSealedToken(TestServer &server, const QByteArray &token)
{
    QVERIFY(server.createAdmin(QStringLiteral("kunde@example.de"), QStringLiteral("a long customer password")));
    kp::server::Connection db(server.databasePath());
    auto account = db.query("SELECT id FROM accounts");
    QVERIFY(account.next());
    // Google Ads, which these servers are not set up for: their metrics sync marks the source
    // and calls no one.
    db.query("INSERT INTO ad_accounts (account_id, provider, external_id, credentials, created_at) "
             "VALUES (?, 'google_ads', '123-456-7890', ?, '2026-01-01T00:00:00Z')",
             account.text(0), kp::server::SecretBox::fromKeyFile(keyFile(server)).seal(token))
        .run();
}

QByteArray TestCli::fileContent(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestCli::createsFirstAdminFromStdinWhoCanLogIn()
{
    TestServer server;
    QByteArray output;
    QCOMPARE(server.runOnce({QStringLiteral("--create-admin"), QStringLiteral("Chefin@Agentur.de"),
                             QStringLiteral("--name"), QStringLiteral("Sabine Krüger")},
                            "a long admin password\n", &output),
             0);
    QVERIFY2(output.contains("Created admin chefin@agentur.de"), output.constData());
    QVERIFY(!output.contains("a long admin password"));
    QVERIFY(server.start());
    TestHttp http(server);
    const auto login = http.post(QStringLiteral("/api/v1/auth/login"),
                                 {{QStringLiteral("login"), QStringLiteral("chefin@agentur.de")},
                                  {QStringLiteral("password"), QStringLiteral("a long admin password")}});
    QCOMPARE(login.status, 200);
    const auto account = login.json.value(QLatin1String("account")).toObject();
    QCOMPARE(account.value(QLatin1String("role")).toString(), QStringLiteral("admin"));
    QCOMPARE(account.value(QLatin1String("name")).toString(), QStringLiteral("Sabine Krüger"));
    QVERIFY2(TestHttp::takeContractViolations().isEmpty(), "contract");
}

void TestCli::refusesWeakPasswordAndTakenEmailWithoutCreatingAnything()
{
    TestServer server;
    QByteArray output;
    QCOMPARE(server.runOnce({QStringLiteral("--create-admin"), QStringLiteral("chefin@agentur.de")}, "kurz\n", &output),
             1);
    QVERIFY2(output.contains("No account was created") && output.contains("password: too_short"), output.constData());
    QCOMPARE(server.runOnce({QStringLiteral("--create-admin"), QStringLiteral("chefin@agentur.de")},
                            "a long admin password\n"),
             0);
    QCOMPARE(server.runOnce({QStringLiteral("--create-admin"), QStringLiteral("CHEFIN@agentur.de")},
                            "another long password\n", &output),
             1);
    QVERIFY2(output.contains("email: taken"), output.constData());
}

void TestCli::seedsDemoDataOnceAndKeepsItAcrossRestarts()
{
    TestServer server;
    QVERIFY2(server.start({QStringLiteral("--seed-demo")}), qPrintable(server.log()));
    {
        TestHttp http(server);
        QVERIFY(!http.loginToken(QStringLiteral("admin@kundenportal.demo"), QStringLiteral("demo-passwort-2026"))
                     .isEmpty());
        // Someone tries the app out: a registration of their own joins the demo database.
        QCOMPARE(http.registerCustomer(QStringLiteral("probe@example.de")).status, 201);
        // The customer past onboarding sees ad metrics of two platforms at once.
        const auto solar
            = http.loginToken(QStringLiteral("solar@kundenportal.demo"), QStringLiteral("demo-passwort-2026"));
        const auto today = QDate::currentDate();
        const auto metrics = http.get(QStringLiteral("/api/v1/metrics?from=%1&to=%2&granularity=week")
                                          .arg(today.addDays(-29).toString(Qt::ISODate), today.toString(Qt::ISODate)),
                                      solar);
        QCOMPARE(metrics.status, 200);
        QCOMPARE(metrics.json.value(QLatin1String("sources")).toArray().size(), 2);
        QVERIFY(metrics.json.value(QLatin1String("totals")).toObject().value(QLatin1String("leads")).toInt() > 0);
        // Their roadmap is in the middle: the landing page marked by the admin, the videos done
        // with the checklist (the demo publishes no required video), the ads next with their offer.
        QMap<QString, QString> stages;
        const auto roadmap = http.get(QStringLiteral("/api/v1/roadmap"), solar).json;
        for (const auto &stage : roadmap.value(QLatin1String("stages")).toArray())
            stages.insert(stage.toObject().value(QLatin1String("id")).toString(),
                          stage.toObject().value(QLatin1String("status")).toString());
        QCOMPARE(stages.value(QStringLiteral("checklist")), QStringLiteral("done"));
        QCOMPARE(stages.value(QStringLiteral("videos")), QStringLiteral("done"));
        QCOMPARE(stages.value(QStringLiteral("landing_page")), QStringLiteral("done"));
        QCOMPARE(stages.value(QStringLiteral("ads")), QStringLiteral("current"));
        const auto upsells = roadmap.value(QLatin1String("upsells")).toArray();
        QCOMPARE(upsells.size(), 1);
        QCOMPARE(upsells.first().toObject().value(QLatin1String("id")).toString(), QStringLiteral("whatsapp_bot"));
    }
    QCOMPARE(server.stop(), 0);
    const auto seeded = databaseSnapshot(server.databasePath());

    // scripts/run.sh starts the server with --seed-demo every time.
    QVERIFY2(server.start({QStringLiteral("--seed-demo")}), qPrintable(server.log()));
    QCOMPARE(server.stop(), 0);
    QCOMPARE(databaseSnapshot(server.databasePath()), seeded);
    QVERIFY2(TestHttp::takeContractViolations().isEmpty(), "contract");
}

void TestCli::refusesDemoDataOnADatabaseWithRealAccounts()
{
    TestServer server;
    QVERIFY(server.createAdmin(QStringLiteral("chefin@agentur.de"), QStringLiteral("a long admin password")));
    const auto before = databaseSnapshot(server.databasePath());
    QByteArray output;
    QCOMPARE(server.runOnce({QStringLiteral("--seed-demo")}, {}, &output), 2);
    QVERIFY2(output.contains("--seed-demo refused") && output.count('\n') == 1, output.constData());
    QCOMPARE(databaseSnapshot(server.databasePath()), before);
}

void TestCli::printsVersion()
{
    QProcess process;
    process.start(TestServer::binaryPath(), {QStringLiteral("--version")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().startsWith("kundenportal-server 0."));
}

void TestCli::refusesToStartWithoutConfig()
{
    QProcess process;
    process.start(TestServer::binaryPath(), {});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("--config FILE is required"));
}

void TestCli::printsEveryRouteWithAccessGatesAndBodyWithoutConfig()
{
    // The access-matrix test and operators read this; the format is documented in --help.
    QProcess process;
    process.start(TestServer::binaryPath(), {QStringLiteral("--print-routes")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const auto lines = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.contains(QStringLiteral("GET /healthz public - none")));
    QVERIFY(lines.contains(QStringLiteral("POST /api/v1/auth/login public - json<=8192")));
    QVERIFY(lines.contains(QStringLiteral("GET /api/v1/me session - none")));
    QVERIFY(lines.contains(QStringLiteral("POST /api/v1/admin/accounts/{id}/reject admin - json<=8192")));
    static const QRegularExpression line(
        QStringLiteral(R"(^[A-Z]+ /\S* (public|session|approved|admin) (-|[a-z_,]+) )"
                       R"((none|json<=\d+|(raw|stream)<=\d+ [\w.+-]+/[\w.+-]+(,[\w.+-]+/[\w.+-]+)*)$)"));
    for (const auto &each : lines)
        QVERIFY2(line.match(each).hasMatch(), qPrintable(each));
    // The same routes with a config.
    TestServer server;
    QByteArray output;
    QCOMPARE(server.runOnce({QStringLiteral("--print-routes")}, {}, &output), 0);
    QCOMPARE(QString::fromUtf8(output).split(QLatin1Char('\n'), Qt::SkipEmptyParts), lines);
}

void TestCli::refusesToStartWithAKeyFileOthersCanRead()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.log())); // creates the key file
    QCOMPARE(server.stop(), 0);
    QVERIFY(QFile::setPermissions(keyFile(server), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    QVERIFY(!server.start());
    QVERIFY(server.stop() != 0);
    QVERIFY2(server.log().contains(QStringLiteral("[security] key_file")), qPrintable(server.log()));
    QVERIFY2(server.log().contains(QStringLiteral("chmod 600")), qPrintable(server.log()));
}

void TestCli::rotatesTheKeyAndResealsStoredSecrets()
{
    TestServer server;
    const QByteArray token(R"({"access_token":"EAAB-geheim-123"})");
    storeSealedToken(server, token);
    const auto oldRing = kp::server::SecretBox::fromKeyFile(keyFile(server));

    QByteArray output;
    QCOMPARE(server.runOnce({QStringLiteral("--rotate-key")}, {}, &output), 0);
    QVERIFY2(output.contains("Re-sealed 1 stored secrets"), output.constData());
    QVERIFY(!output.contains("geheim"));

    const auto newRing = kp::server::SecretBox::fromKeyFile(keyFile(server));
    QCOMPARE(newRing.keys().size(), 1);
    QVERIFY(!fileContent(keyFile(server)).contains(oldRing.keys().first().toBase64()));
    kp::server::Connection db(server.databasePath());
    auto stored = db.query("SELECT credentials FROM ad_accounts");
    QVERIFY(stored.next());
    QCOMPARE(newRing.open(stored.text(0)), std::optional(token));
    QVERIFY(!oldRing.open(stored.text(0)));
    // The server starts with the new ring.
    QVERIFY2(server.start(), qPrintable(server.log()));
}

void TestCli::refusesToRotateTheKeyWhileTheServerRuns()
{
    TestServer server;
    storeSealedToken(server, "token");
    QVERIFY2(server.start(), qPrintable(server.log()));
    const auto keysBefore = fileContent(keyFile(server));
    // The sealed values, not the whole database: the running server's sync job writes its status.
    const auto sealed = [&] {
        kp::server::Connection db(server.databasePath());
        auto row = db.query("SELECT credentials FROM ad_accounts");
        return row.next() ? row.text(0) : QString();
    };
    const auto before = sealed();
    QByteArray output;
    QCOMPARE(server.runOnce({QStringLiteral("--rotate-key")}, {}, &output), 1);
    QVERIFY2(output.contains("stop the server first"), output.constData());
    QCOMPARE(fileContent(keyFile(server)), keysBefore);
    QCOMPARE(sealed(), before);
    QCOMPARE(server.stop(), 0);
    QCOMPARE(server.runOnce({QStringLiteral("--rotate-key")}, {}, &output), 0);
}

void TestCli::refusesANewKeyWhenTheDatabaseHoldsSecretsOfTheLostOne()
{
    TestServer server;
    storeSealedToken(server, "token");
    const auto keys = fileContent(keyFile(server));
    QVERIFY(QFile::remove(keyFile(server))); // say, the database was restored without it
    QVERIFY(!server.start());
    QVERIFY(server.stop() != 0);
    QVERIFY2(server.log().contains(QStringLiteral("[security] key_file: missing, but the database holds 1 secrets")),
             qPrintable(server.log()));
    QVERIFY(!QFile::exists(keyFile(server))); // no new key left for the next start to accept
    // Restored from its backup, the server starts again.
    QFile restored(keyFile(server));
    QVERIFY(restored.open(QIODevice::WriteOnly));
    restored.write(keys);
    restored.close();
    QVERIFY(restored.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY2(server.start(), qPrintable(server.log()));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
