#include "ServerFixture.h"
#include "intercom/FakeIntercom.h"
#include "server/db/Database.h"
#include "server/integrations/intercom/IdentityVerification.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTest>

// The support chat's server side (issue 16, Intercom part): the Messenger's signed settings
// (user_hash against RFC 4231 and an independent HMAC, the JWT taken apart and checked), the
// page with its strict CSP, the identity secret kept out of every answer and the log, and the
// contact sync against the fake Intercom (down, throttled, conflict, created exactly once).
class TestMessengerApi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void hmacMatchesRfc4231TestCase2();
    void answersTheCustomersSignedSettings();
    void answersAdminsAndStuckCustomersToo();
    void refusesPendingAndAnonymousCallers();
    void servesTheMessengerPageWithAStrictPolicy();
    void keepsTheSecretOutOfAnswersAndTheLog();
    void saysNotConfiguredWithoutAppId();
    void signsAJwtInJwtMode();
    void createsTheContactOnceAfterIntercomComesBack();
    void updatesAnExistingContactOnConflict();
    void waitsForTheRateLimitReset();
    void followsAChangedName();
    void recordsARefusedToken();

private:
    static QByteArray independentHmacHex(const QByteArray &key, const QByteArray &message);
    QJsonObject contactRow(TestServer &server, const QString &accountId);
    QList<FakeIntercom::Contact> contactsWith(const QString &externalId) const;

    static inline const QByteArray kSecret = QByteArrayLiteral("kp-test-identity-secret-Vx93mQ1zP");
    static inline const QString kAppId = QStringLiteral("fakeapp1");

    FakeIntercom m_intercom;
    ServerFixture m_fixture;
    TestHttp *m_http = nullptr;
};

void TestMessengerApi::initTestCase()
{
    QVERIFY(m_intercom.start());
    QVERIFY2(m_fixture.start({{QStringLiteral("intercom/app_id"), kAppId},
                              {QStringLiteral("intercom/identity_secret"), QString::fromLatin1(kSecret)},
                              {QStringLiteral("intercom/region"), QStringLiteral("eu")},
                              {QStringLiteral("intercom/widget_url"), m_intercom.widgetUrl()},
                              {QStringLiteral("intercom/api_url"), m_intercom.baseUrl()},
                              {QStringLiteral("intercom/access_token"), m_intercom.accessToken()},
                              {QStringLiteral("intercom/sync_interval_s"), QStringLiteral("1")},
                              {QStringLiteral("intercom/retry_base_s"), QStringLiteral("1")}}),
             qPrintable(m_fixture.error()));
    m_http = m_fixture.http.get();
}

void TestMessengerApi::cleanupTestCase()
{
    QCOMPARE(m_fixture.stop(), 0);
}

void TestMessengerApi::cleanup()
{
    m_intercom.setDown(false);
    KP_VERIFY_API_CONTRACT();
}

QByteArray TestMessengerApi::independentHmacHex(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toHex();
}

QJsonObject TestMessengerApi::contactRow(TestServer &server, const QString &accountId)
{
    kp::server::Connection connection(server.databasePath());
    auto row = connection.query(
        "SELECT contact_id, attempts, last_error, next_attempt_at FROM intercom_contacts WHERE account_id = ?",
        accountId);
    if (!row.next())
        return {};
    return {{QStringLiteral("contact_id"), row.text(0)},
            {QStringLiteral("attempts"), qint64(row.integer(1))},
            {QStringLiteral("last_error"), row.text(2)},
            {QStringLiteral("next_attempt_at"), row.text(3)}};
}

QList<FakeIntercom::Contact> TestMessengerApi::contactsWith(const QString &externalId) const
{
    QList<FakeIntercom::Contact> found;
    for (const auto &contact : m_intercom.contacts())
        if (contact.externalId == externalId)
            found.append(contact);
    return found;
}

void TestMessengerApi::hmacMatchesRfc4231TestCase2()
{
    QCOMPARE(kp::server::intercom::hmacSha256Hex("Jefe", "what do ya want for nothing?"),
             QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
}

void TestMessengerApi::answersTheCustomersSignedSettings()
{
    const auto customer = m_fixture.approvedCustomer(QStringLiteral("chat@kunde.de"),
                                                     {{QStringLiteral("name"), QStringLiteral("Erika Muster")}});
    QVERIFY(!customer.token.isEmpty());
    const auto answer = m_http->get(QStringLiteral("/api/v1/messenger"), customer.token);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.header("Cache-Control"), QStringLiteral("no-store"));
    const auto &json = answer.json;
    QCOMPARE(json.value(QLatin1String("configured")).toBool(), true);
    QCOMPARE(json.value(QLatin1String("app_id")).toString(), kAppId);
    QCOMPARE(json.value(QLatin1String("user_id")).toString(), customer.id);
    QCOMPARE(json.value(QLatin1String("user_hash")).toString().toLatin1(),
             independentHmacHex(kSecret, customer.id.toUtf8()));
    QVERIFY(json.value(QLatin1String("user_jwt")).isNull());
    QCOMPARE(json.value(QLatin1String("name")).toString(), QStringLiteral("Erika Muster"));
    QCOMPARE(json.value(QLatin1String("email")).toString(), QStringLiteral("chat@kunde.de"));
    const auto createdAt = json.value(QLatin1String("created_at")).toInteger();
    QVERIFY(qAbs(QDateTime::currentSecsSinceEpoch() - createdAt) < 120);
    QCOMPARE(json.value(QLatin1String("api_base")).toString(), QStringLiteral("https://api-iam.eu.intercom.io"));
    QCOMPARE(json.value(QLatin1String("widget_url")).toString(), m_intercom.widgetUrl());
    // The same user id as /me's intercom_user_id: one identity across devices.
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/me"), customer.token)
                 .json.value(QLatin1String("intercom_user_id"))
                 .toString(),
             customer.id);
}

void TestMessengerApi::answersAdminsAndStuckCustomersToo()
{
    const auto customer = m_fixture.approvedCustomer(QStringLiteral("stuck@kunde.de"));
    QCOMPARE(m_fixture.publishOneItemChecklist(), 200);
    // The checklist holds the customer at the gate, the chat stays open.
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/metrics?from=2026-01-01&to=2026-01-31"), customer.token).status, 409);
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/messenger"), customer.token).status, 200);
    const auto admin = m_http->get(QStringLiteral("/api/v1/messenger"), m_fixture.adminToken);
    QCOMPARE(admin.status, 200);
    QVERIFY(!admin.json.value(QLatin1String("user_hash")).toString().isEmpty());
}

void TestMessengerApi::refusesPendingAndAnonymousCallers()
{
    const auto pending = m_http->registerCustomer(QStringLiteral("pending-chat@kunde.de"));
    QCOMPARE(pending.status, 201);
    const auto token
        = m_http->loginToken(QStringLiteral("pending-chat@kunde.de"), QStringLiteral("correct horse battery"));
    const auto answer = m_http->get(QStringLiteral("/api/v1/messenger"), token);
    QVERIFY(answer.status == 403 || answer.status == 401);
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/messenger")).status, 401);
}

void TestMessengerApi::servesTheMessengerPageWithAStrictPolicy()
{
    const auto page = m_http->get(QStringLiteral("/messenger"));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith(QLatin1String("text/html")));
    const auto html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(QLatin1String("window.kpBootMessenger")));
    QVERIFY(html.contains(QLatin1String("window.kpShutdownMessenger")));
    const auto policy = page.header("Content-Security-Policy");
    QVERIFY2(policy.startsWith(QLatin1String("default-src 'none';")), qPrintable(policy));
    QVERIFY2(policy.contains(m_intercom.baseUrl()), qPrintable(policy)); // the widget's origin
    QVERIFY2(policy.contains(QLatin1String("https://api-iam.eu.intercom.io")), qPrintable(policy));
    QVERIFY(!policy.contains(QLatin1String("unsafe-eval")));
    QVERIFY(!policy.contains(QLatin1String("script-src 'unsafe-inline'")));
    // The one inline script is allowed by its hash, nothing else inline.
    static const QRegularExpression inlineScript(QStringLiteral("<script>(.*)</script>"),
                                                 QRegularExpression::DotMatchesEverythingOption);
    const auto script = inlineScript.match(html).captured(1).toUtf8();
    QVERIFY(!script.isEmpty());
    const auto hash = QCryptographicHash::hash(script, QCryptographicHash::Sha256).toBase64();
    QVERIFY2(policy.contains(QStringLiteral("script-src 'sha256-%1'").arg(QString::fromLatin1(hash))),
             qPrintable(policy));
}

void TestMessengerApi::keepsTheSecretOutOfAnswersAndTheLog()
{
    const auto customer = m_fixture.approvedCustomer(QStringLiteral("secret@kunde.de"));
    const auto answer = m_http->get(QStringLiteral("/api/v1/messenger"), customer.token);
    QCOMPARE(answer.status, 200);
    QVERIFY(!answer.body.contains(kSecret));
    QVERIFY(!m_http->get(QStringLiteral("/messenger")).body.contains(kSecret));
    QTRY_VERIFY_WITH_TIMEOUT(contactsWith(customer.id).size() == 1, 15000); // the sync ran too
    const auto log = m_fixture.server->log();
    QVERIFY(!log.isEmpty());
    QVERIFY(!log.contains(QString::fromLatin1(kSecret)));
    QVERIFY(!log.contains(m_intercom.accessToken()));
}

void TestMessengerApi::saysNotConfiguredWithoutAppId()
{
    ServerFixture plain;
    QVERIFY2(plain.start(), qPrintable(plain.error()));
    const auto customer = plain.approvedCustomer(QStringLiteral("nochat@kunde.de"));
    const auto answer = plain.http->get(QStringLiteral("/api/v1/messenger"), customer.token);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json.value(QLatin1String("configured")).toBool(true), false);
    for (const auto *field : {"app_id", "user_hash", "user_jwt", "api_base", "widget_url"})
        QVERIFY2(answer.json.value(QLatin1String(field)).isNull(), field);
    QCOMPARE(answer.json.value(QLatin1String("user_id")).toString(), customer.id);
    QCOMPARE(plain.http->get(QStringLiteral("/messenger")).status, 200);
    QCOMPARE(plain.stop(), 0);
}

void TestMessengerApi::signsAJwtInJwtMode()
{
    ServerFixture jwt;
    QVERIFY2(jwt.start({{QStringLiteral("intercom/app_id"), kAppId},
                        {QStringLiteral("intercom/identity_secret"), QString::fromLatin1(kSecret)},
                        {QStringLiteral("intercom/identity_mode"), QStringLiteral("jwt")},
                        {QStringLiteral("intercom/jwt_ttl_s"), QStringLiteral("600")}}),
             qPrintable(jwt.error()));
    const auto customer = jwt.approvedCustomer(QStringLiteral("jwt@kunde.de"));
    const auto before = QDateTime::currentSecsSinceEpoch();
    const auto answer = jwt.http->get(QStringLiteral("/api/v1/messenger"), customer.token);
    const auto after = QDateTime::currentSecsSinceEpoch();
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.json.value(QLatin1String("user_hash")).isNull());
    QCOMPARE(answer.json.value(QLatin1String("api_base")).toString(), QStringLiteral("https://api-iam.intercom.io"));
    QCOMPARE(answer.json.value(QLatin1String("widget_url")).toString(),
             QStringLiteral("https://widget.intercom.io/widget/") + kAppId);
    const auto token = answer.json.value(QLatin1String("user_jwt")).toString().toLatin1();
    const auto parts = token.split('.');
    QCOMPARE(parts.size(), 3);
    for (const auto &part : parts)
        QVERIFY2(!part.contains('=') && !part.contains('+') && !part.contains('/'), part.constData());
    const auto decode = [](const QByteArray &part) {
        return QJsonDocument::fromJson(
                   QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
            .object();
    };
    const auto header = decode(parts[0]);
    QCOMPARE(header.value(QLatin1String("alg")).toString(), QStringLiteral("HS256"));
    QCOMPARE(header.value(QLatin1String("typ")).toString(), QStringLiteral("JWT"));
    const auto claims = decode(parts[1]);
    QCOMPARE(claims.value(QLatin1String("user_id")).toString(), customer.id);
    QCOMPARE(claims.value(QLatin1String("email")).toString(), QStringLiteral("jwt@kunde.de"));
    const auto iat = claims.value(QLatin1String("iat")).toInteger();
    QVERIFY(iat >= before && iat <= after);
    QCOMPARE(claims.value(QLatin1String("exp")).toInteger(), iat + 600);
    const auto signature
        = QMessageAuthenticationCode::hash(parts[0] + '.' + parts[1], kSecret, QCryptographicHash::Sha256);
    QCOMPARE(QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
             signature);
    QVERIFY(!answer.body.contains(kSecret));
    QVERIFY(!jwt.server->log().contains(QString::fromLatin1(kSecret)));
    QCOMPARE(jwt.stop(), 0);
}

void TestMessengerApi::createsTheContactOnceAfterIntercomComesBack()
{
    m_intercom.setDown(true);
    const auto postsBefore = m_intercom.requests(QStringLiteral("POST /contacts"));
    // Approval does not wait for Intercom, nor fail with it.
    const auto customer = m_fixture.approvedCustomer(QStringLiteral("down@kunde.de"),
                                                     {{QStringLiteral("name"), QStringLiteral("Dora Down")}});
    QVERIFY(!customer.token.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_intercom.requests(QStringLiteral("POST /contacts")) >= postsBefore + 2, 15000);
    QVERIFY(contactsWith(customer.id).isEmpty());
    const auto failed = contactRow(*m_fixture.server, customer.id);
    QVERIFY(failed.value(QLatin1String("attempts")).toInteger() >= 1);
    QVERIFY2(failed.value(QLatin1String("last_error")).toString().contains(QLatin1String("503")),
             qPrintable(failed.value(QLatin1String("last_error")).toString()));
    m_intercom.setDown(false);
    QTRY_VERIFY_WITH_TIMEOUT(contactsWith(customer.id).size() == 1, 20000);
    const auto contact = contactsWith(customer.id).constFirst();
    QCOMPARE(contact.email, QStringLiteral("down@kunde.de"));
    QCOMPARE(contact.name, QStringLiteral("Dora Down"));
    QCOMPARE(contact.role, QStringLiteral("user"));
    QVERIFY(contact.signedUpAt > 0);
    QTRY_COMPARE_WITH_TIMEOUT(contactRow(*m_fixture.server, customer.id).value(QLatin1String("contact_id")).toString(),
                              contact.id, 5000);
    QCOMPARE(contactRow(*m_fixture.server, customer.id).value(QLatin1String("attempts")).toInteger(), 0);
    // Synced means done: later passes leave it alone.
    const auto requests = m_intercom.requests(QStringLiteral("POST /contacts"))
        + m_intercom.requests(QStringLiteral("PUT /contacts/{id}"));
    const auto other = m_fixture.approvedCustomer(QStringLiteral("after-down@kunde.de"));
    QTRY_VERIFY_WITH_TIMEOUT(contactsWith(other.id).size() == 1, 15000);
    QCOMPARE(m_intercom.requests(QStringLiteral("POST /contacts"))
                 + m_intercom.requests(QStringLiteral("PUT /contacts/{id}")),
             requests + 1);
    QCOMPARE(contactsWith(customer.id).size(), 1);
}

void TestMessengerApi::updatesAnExistingContactOnConflict()
{
    const auto registered
        = m_http->registerCustomer(QStringLiteral("known@kunde.de"), QStringLiteral("correct horse battery"),
                                   {{QStringLiteral("name"), QStringLiteral("Karl Known")}});
    const auto id = registered.json.value(QLatin1String("account")).toObject().value(QLatin1String("id")).toString();
    QVERIFY(!id.isEmpty());
    const auto existing = m_intercom.addContact(id, QStringLiteral("old@kunde.de"), QStringLiteral("Old Name"));
    const auto putsBefore = m_intercom.requests(QStringLiteral("PUT /contacts/{id}"));
    QCOMPARE(m_http->post(QStringLiteral("/api/v1/admin/accounts/%1/approve").arg(id), {}, m_fixture.adminToken).status,
             200);
    QTRY_VERIFY_WITH_TIMEOUT(m_intercom.requests(QStringLiteral("PUT /contacts/{id}")) > putsBefore, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(contactsWith(id).constFirst().email, QStringLiteral("known@kunde.de"), 5000);
    QCOMPARE(contactsWith(id).size(), 1);
    QCOMPARE(contactsWith(id).constFirst().id, existing);
    QCOMPARE(contactsWith(id).constFirst().name, QStringLiteral("Karl Known"));
    QVERIFY(m_intercom.requests(QStringLiteral("POST /contacts/search")) >= 1);
}

void TestMessengerApi::waitsForTheRateLimitReset()
{
    const auto reset = QDateTime::currentSecsSinceEpoch() + 4;
    m_intercom.throttleNext(1, reset);
    const auto customer = m_fixture.approvedCustomer(QStringLiteral("throttled@kunde.de"));
    QTRY_VERIFY_WITH_TIMEOUT(contactsWith(customer.id).size() == 1, 20000);
    // retry_base_s is 1: without the reset header the retry would have come seconds earlier.
    QVERIFY(QDateTime::currentSecsSinceEpoch() >= reset);
}

void TestMessengerApi::followsAChangedName()
{
    const auto customer = m_fixture.approvedCustomer(QStringLiteral("rename@kunde.de"));
    QTRY_VERIFY_WITH_TIMEOUT(contactsWith(customer.id).size() == 1, 15000);
    const auto patched
        = m_http->send(QStringLiteral("PATCH"), QStringLiteral("/api/v1/me"),
                       QJsonDocument(QJsonObject {{QStringLiteral("name"), QStringLiteral("Neuer Name")}})
                           .toJson(QJsonDocument::Compact),
                       QStringLiteral("application/json"), customer.token);
    QCOMPARE(patched.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(contactsWith(customer.id).constFirst().name, QStringLiteral("Neuer Name"), 15000);
    QCOMPARE(contactsWith(customer.id).size(), 1);
}

void TestMessengerApi::recordsARefusedToken()
{
    ServerFixture refused;
    QVERIFY2(refused.start({{QStringLiteral("intercom/api_url"), m_intercom.baseUrl()},
                            {QStringLiteral("intercom/access_token"), QStringLiteral("not-the-token")},
                            {QStringLiteral("intercom/sync_interval_s"), QStringLiteral("1")}}),
             qPrintable(refused.error()));
    const auto customer = refused.approvedCustomer(QStringLiteral("refused@kunde.de"));
    QVERIFY(!customer.token.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(contactRow(*refused.server, customer.id)
                                 .value(QLatin1String("last_error"))
                                 .toString()
                                 .contains(QLatin1String("401")),
                             15000);
    QVERIFY(contactsWith(customer.id).isEmpty());
    QVERIFY(!refused.server->log().contains(QLatin1String("not-the-token")));
    QCOMPARE(refused.stop(), 0);
}

QTEST_GUILESS_MAIN(TestMessengerApi)
#include "tst_messenger_api.moc"
