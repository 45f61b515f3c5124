#include "DatabaseSnapshot.h"
#include "TestHttp.h"
#include "TestServer.h"

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

    void answersBadRegistrationWithErrorAndKeepsData_data();
    void answersBadRegistrationWithErrorAndKeepsData();
    void answersBadLoginWithErrorAndKeepsData_data();
    void answersBadLoginWithErrorAndKeepsData();
    void storesSqlMetacharactersAndUnicodeLiterally();

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestHttp> m_http;
};

void TestBadInput::initTestCase()
{
    m_server = std::make_unique<TestServer>(QMap<QString, QString>{
        {QStringLiteral("security/register_per_hour"), QStringLiteral("1000")},
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
    const auto violations = TestHttp::takeContractViolations();
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
}

static QByteArray validRegistration(const QJsonObject &changes = {}, const QStringList &removed = {})
{
    QJsonObject body{{QStringLiteral("email"), QStringLiteral("neu@firma.de")},
                     {QStringLiteral("password"), QStringLiteral("correct horse battery")},
                     {QStringLiteral("name"), QStringLiteral("Erika Mustermann")},
                     {QStringLiteral("company"), QStringLiteral("Mustermann GmbH")}};
    for (auto it = changes.begin(); it != changes.end(); ++it)
        body.insert(it.key(), it.value());
    for (const auto &key : removed)
        body.remove(key);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

static void addBadInputColumns()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("problem");
}

void TestBadInput::answersBadRegistrationWithErrorAndKeepsData_data()
{
    addBadInputColumns();
    const auto json = QStringLiteral("application/json");
    QTest::newRow("malformed json") << QByteArray("{\"email\": ") << json << 400 << "bad_request" << "" << "";
    QTest::newRow("json array") << QByteArray("[1,2]") << json << 400 << "bad_request" << "" << "";
    QTest::newRow("empty body") << QByteArray() << json << 400 << "bad_request" << "" << "";
    QTest::newRow("form encoded") << QByteArray("email=a@b.de") << "application/x-www-form-urlencoded" << 415
                                  << "unsupported_media_type" << "" << "";
    QTest::newRow("no content type") << validRegistration() << "" << 415 << "unsupported_media_type" << "" << "";
    QTest::newRow("missing email") << validRegistration({}, {QStringLiteral("email")}) << json << 422
                                   << "validation_failed" << "email" << "required";
    QTest::newRow("missing password") << validRegistration({}, {QStringLiteral("password")}) << json << 422
                                      << "validation_failed" << "password" << "required";
    QTest::newRow("email is number") << validRegistration({{QStringLiteral("email"), 42}}) << json << 422
                                     << "validation_failed" << "email" << "invalid_type";
    QTest::newRow("sql in email") << validRegistration({{QStringLiteral("email"), QStringLiteral("' OR 1=1 --")}}) << json
                                  << 422 << "validation_failed" << "email" << "invalid";
    QTest::newRow("overlong email") << validRegistration({{QStringLiteral("email"), QString(300, QLatin1Char('a')) + QStringLiteral("@x.de")}})
                                    << json << 422 << "validation_failed" << "email" << "too_long";
    QTest::newRow("overlong name") << validRegistration({{QStringLiteral("name"), QString(101, QChar(0x00FC))}}) << json
                                   << 422 << "validation_failed" << "name" << "too_long";
    QTest::newRow("overlong company") << validRegistration({{QStringLiteral("company"), QString(121, QLatin1Char('c'))}})
                                      << json << 422 << "validation_failed" << "company" << "too_long";
    QTest::newRow("short password") << validRegistration({{QStringLiteral("password"), QStringLiteral("kurz")}}) << json
                                    << 422 << "validation_failed" << "password" << "too_short";
    QTest::newRow("control character in name") << validRegistration({{QStringLiteral("name"), QStringLiteral("Erika\u0007")}})
                                               << json << 422 << "validation_failed" << "name" << "invalid_characters";
    QTest::newRow("bad phone") << validRegistration({{QStringLiteral("phone"), QStringLiteral("0000")}}) << json << 422
                               << "validation_failed" << "phone" << "invalid";
    QTest::newRow("bad username") << validRegistration({{QStringLiteral("username"), QStringLiteral("a@b")}}) << json << 422
                                  << "validation_failed" << "username" << "invalid_characters";
    QTest::newRow("unexpected field") << validRegistration({{QStringLiteral("role"), QStringLiteral("admin")}}) << json << 422
                                      << "validation_failed" << "role" << "unexpected";
    QTest::newRow("taken email") << validRegistration({{QStringLiteral("email"), QStringLiteral("Taken@Firma.de")}}) << json
                                 << 409 << "conflict" << "email" << "taken";
    QTest::newRow("too large") << QByteArray(20 * 1024, ' ') + validRegistration() << json << 413 << "payload_too_large" << "" << "";
}

void TestBadInput::answersBadRegistrationWithErrorAndKeepsData()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, contentType);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QString, problem);
    const auto before = databaseSnapshot(m_server->databasePath());
    const auto result = m_http->send(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/register"), body, contentType);
    QCOMPARE(result.status, status);
    QCOMPARE(result.errorCode(), code);
    QVERIFY(!result.json.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString().isEmpty());
    if (!field.isEmpty())
        QCOMPARE(result.fieldProblem(field), problem);
    QCOMPARE(databaseSnapshot(m_server->databasePath()), before);
    // The server keeps serving after each of them.
    QCOMPARE(m_http->get(QStringLiteral("/healthz")).status, 200);
}

void TestBadInput::answersBadLoginWithErrorAndKeepsData_data()
{
    addBadInputColumns();
    const auto json = QStringLiteral("application/json");
    QTest::newRow("no password") << QByteArray(R"({"login":"taken@firma.de"})") << json << 422 << "validation_failed"
                                 << "password" << "required";
    QTest::newRow("login is object") << QByteArray(R"({"login":{},"password":"x"})") << json << 422 << "validation_failed"
                                     << "login" << "invalid_type";
    QTest::newRow("overlong login") << QByteArray(R"({"login":")" + QByteArray(300, 'a') + R"(","password":"x"})") << json
                                    << 422 << "validation_failed" << "login" << "too_long";
    QTest::newRow("sql in login") << QByteArray(R"({"login":"' OR '1'='1","password":"' OR '1'='1"})") << json << 401
                                  << "invalid_credentials" << "" << "";
    QTest::newRow("text plain") << QByteArray("login=x") << "text/plain" << 415 << "unsupported_media_type" << "" << "";
}

void TestBadInput::answersBadLoginWithErrorAndKeepsData()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, contentType);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QString, problem);
    const auto before = databaseSnapshot(m_server->databasePath());
    const auto result = m_http->send(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/login"), body, contentType);
    QCOMPARE(result.status, status);
    QCOMPARE(result.errorCode(), code);
    if (!field.isEmpty())
        QCOMPARE(result.fieldProblem(field), problem);
    QCOMPARE(databaseSnapshot(m_server->databasePath()), before);
}

void TestBadInput::storesSqlMetacharactersAndUnicodeLiterally()
{
    const auto name = QStringLiteral("Robert'); DROP TABLE accounts;-- 王小明 Özdemir 🚀");
    const auto company = QStringLiteral("\"Müller\" & Söhne; SELECT * FROM sessions");
    const auto result = m_http->registerCustomer(QStringLiteral("bobby@tables.de"), QStringLiteral("correct horse battery"),
                                                 {{QStringLiteral("name"), name}, {QStringLiteral("company"), company}});
    QCOMPARE(result.status, 201);
    const auto me = m_http->get(QStringLiteral("/api/v1/me"), result.json.value(QLatin1String("token")).toString());
    QCOMPARE(me.json.value(QLatin1String("name")).toString(), name);
    QCOMPARE(me.json.value(QLatin1String("company")).toString(), company);
    QVERIFY(databaseSnapshot(m_server->databasePath()).contains(QLatin1String("## accounts")));
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_bad_input.moc"
