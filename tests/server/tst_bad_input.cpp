#include "DatabaseSnapshot.h"
#include "ServerFixture.h"

#include <QJsonDocument>
#include <QTest>

#include <memory>

// Every kind of bad input gets the right API.md error and leaves the database as it was.
class TestBadInput : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void answersBadInputWithErrorAndKeepsData_data();
    void answersBadInputWithErrorAndKeepsData();
    void storesSqlMetacharactersAndUnicodeLiterally();

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestHttp> m_http;
};

void TestBadInput::initTestCase()
{
    m_server = std::make_unique<TestServer>(
        QMap<QString, QString> {{QStringLiteral("security/register_per_hour"), QStringLiteral("1000")},
                                {QStringLiteral("security/login_max_failures"), QStringLiteral("1000")},
                                {QStringLiteral("security/ip_max_failures"), QStringLiteral("1000")}});
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    m_http = std::make_unique<TestHttp>(*m_server);
    QCOMPARE(m_http->registerCustomer(QStringLiteral("taken@firma.de")).status, 201);
}

void TestBadInput::cleanupTestCase()
{
    m_http.reset();
    QCOMPARE(m_server->stop(), 0);
}

void TestBadInput::cleanup()
{
    KP_VERIFY_API_CONTRACT();
}

static QByteArray validRegistration(const QJsonObject &changes = {}, const QStringList &removed = {})
{
    QJsonObject body {{QStringLiteral("email"), QStringLiteral("neu@firma.de")},
                      {QStringLiteral("password"), QStringLiteral("correct horse battery")},
                      {QStringLiteral("name"), QStringLiteral("Erika Mustermann")},
                      {QStringLiteral("company"), QStringLiteral("Mustermann GmbH")}};
    for (auto it = changes.begin(); it != changes.end(); ++it)
        body.insert(it.key(), it.value());
    for (const auto &key : removed)
        body.remove(key);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void TestBadInput::answersBadInputWithErrorAndKeepsData_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("problem");
    const auto json = QStringLiteral("application/json");
    const auto registration = QStringLiteral("/api/v1/auth/register");
    const auto login = QStringLiteral("/api/v1/auth/login");
    QTest::newRow("malformed json") << registration << QByteArray("{\"email\": ") << json << 400 << "bad_request"
                                    << ""
                                    << "";
    QTest::newRow("json array") << registration << QByteArray("[1,2]") << json << 400 << "bad_request"
                                << ""
                                << "";
    QTest::newRow("empty body") << registration << QByteArray() << json << 400 << "bad_request"
                                << ""
                                << "";
    QTest::newRow("form encoded") << registration << QByteArray("email=a@b.de") << "application/x-www-form-urlencoded"
                                  << 415 << "unsupported_media_type"
                                  << ""
                                  << "";
    QTest::newRow("no content type") << registration << validRegistration() << "" << 415 << "unsupported_media_type"
                                     << ""
                                     << "";
    QTest::newRow("missing email") << registration << validRegistration({}, {QStringLiteral("email")}) << json << 422
                                   << "validation_failed"
                                   << "email"
                                   << "required";
    QTest::newRow("missing password") << registration << validRegistration({}, {QStringLiteral("password")}) << json
                                      << 422 << "validation_failed"
                                      << "password"
                                      << "required";
    QTest::newRow("email is number") << registration << validRegistration({{QStringLiteral("email"), 42}}) << json
                                     << 422 << "validation_failed"
                                     << "email"
                                     << "invalid_type";
    QTest::newRow("sql in email") << registration
                                  << validRegistration({{QStringLiteral("email"), QStringLiteral("' OR 1=1 --")}})
                                  << json << 422 << "validation_failed"
                                  << "email"
                                  << "invalid";
    QTest::newRow("overlong email") << registration
                                    << validRegistration({{QStringLiteral("email"),
                                                           QString(300, QLatin1Char('a')) + QStringLiteral("@x.de")}})
                                    << json << 422 << "validation_failed"
                                    << "email"
                                    << "too_long";
    QTest::newRow("overlong name") << registration
                                   << validRegistration({{QStringLiteral("name"), QString(101, QChar(0x00FC))}}) << json
                                   << 422 << "validation_failed"
                                   << "name"
                                   << "too_long";
    QTest::newRow("overlong company") << registration
                                      << validRegistration(
                                             {{QStringLiteral("company"), QString(121, QLatin1Char('c'))}})
                                      << json << 422 << "validation_failed"
                                      << "company"
                                      << "too_long";
    QTest::newRow("short password") << registration
                                    << validRegistration({{QStringLiteral("password"), QStringLiteral("kurz")}}) << json
                                    << 422 << "validation_failed"
                                    << "password"
                                    << "too_short";
    QTest::newRow("control character in name")
        << registration << validRegistration({{QStringLiteral("name"), QStringLiteral("Erika\u0007")}}) << json << 422
        << "validation_failed"
        << "name"
        << "invalid_characters";
    QTest::newRow("bad phone") << registration << validRegistration({{QStringLiteral("phone"), QStringLiteral("0000")}})
                               << json << 422 << "validation_failed"
                               << "phone"
                               << "invalid";
    QTest::newRow("bad username") << registration
                                  << validRegistration({{QStringLiteral("username"), QStringLiteral("a@b")}}) << json
                                  << 422 << "validation_failed"
                                  << "username"
                                  << "invalid_characters";
    QTest::newRow("unexpected field") << registration
                                      << validRegistration({{QStringLiteral("role"), QStringLiteral("admin")}}) << json
                                      << 422 << "validation_failed"
                                      << "role"
                                      << "unexpected";
    QTest::newRow("taken email") << registration
                                 << validRegistration({{QStringLiteral("email"), QStringLiteral("Taken@Firma.de")}})
                                 << json << 409 << "conflict"
                                 << "email"
                                 << "taken";
    QTest::newRow("too large") << registration << QByteArray(20 * 1024, ' ') + validRegistration() << json << 413
                               << "payload_too_large"
                               << ""
                               << "";
    QTest::newRow("no password") << login << QByteArray(R"({"login":"taken@firma.de"})") << json << 422
                                 << "validation_failed"
                                 << "password"
                                 << "required";
    QTest::newRow("login is object") << login << QByteArray(R"({"login":{},"password":"x"})") << json << 422
                                     << "validation_failed"
                                     << "login"
                                     << "invalid_type";
    QTest::newRow("overlong login") << login
                                    << QByteArray(R"({"login":")" + QByteArray(300, 'a') + R"(","password":"x"})")
                                    << json << 422 << "validation_failed"
                                    << "login"
                                    << "too_long";
    QTest::newRow("sql in login") << login << QByteArray(R"({"login":"' OR '1'='1","password":"' OR '1'='1"})") << json
                                  << 401 << "invalid_credentials"
                                  << ""
                                  << "";
    QTest::newRow("text plain") << login << QByteArray("login=x") << "text/plain" << 415 << "unsupported_media_type"
                                << ""
                                << "";
}

void TestBadInput::answersBadInputWithErrorAndKeepsData()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, contentType);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QString, problem);
    const auto before = databaseSnapshot(m_server->databasePath());
    const auto result = m_http->send(QStringLiteral("POST"), path, body, contentType);
    QCOMPARE(result.status, status);
    QCOMPARE(result.errorCode(), code);
    QVERIFY(!result.json.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString().isEmpty());
    if (!field.isEmpty())
        QCOMPARE(result.fieldProblem(field), problem);
    QCOMPARE(databaseSnapshot(m_server->databasePath()), before);
    // The server keeps serving after each of them.
    QCOMPARE(m_http->get(QStringLiteral("/healthz")).status, 200);
}

void TestBadInput::storesSqlMetacharactersAndUnicodeLiterally()
{
    const auto name = QStringLiteral("Robert'); DROP TABLE accounts;-- 王小明 Özdemir 🚀");
    const auto company = QStringLiteral("\"Müller\" & Söhne; SELECT * FROM sessions");
    const auto result
        = m_http->registerCustomer(QStringLiteral("bobby@tables.de"), QStringLiteral("correct horse battery"),
                                   {{QStringLiteral("name"), name}, {QStringLiteral("company"), company}});
    QCOMPARE(result.status, 201);
    const auto me = m_http->get(QStringLiteral("/api/v1/me"), result.json.value(QLatin1String("token")).toString());
    QCOMPARE(me.json.value(QLatin1String("name")).toString(), name);
    QCOMPARE(me.json.value(QLatin1String("company")).toString(), company);
    QVERIFY(databaseSnapshot(m_server->databasePath()).contains(QLatin1String("## accounts")));
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_bad_input.moc"
