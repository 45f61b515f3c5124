#include "DatabaseSnapshot.h"
#include "ServerFixture.h"

#include <QJsonDocument>
#include <QTest>

// API.md "Caching and offline": a mutating request with an Idempotency-Key from the same account
// within 24 hours gets its first answer again and has no second effect. The client's outbox
// resends a change whose answer it never heard with the same key.
class TestIdempotency : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void answersARepeatWithTheFirstAnswerWithoutApplyingItAgain();
    void repeatsARefusalAsIt();
    void refusesAKeyReusedForAnotherRequest();
    void keepsKeysApartPerAccount();
    void refusesMalformedKeys();

private:
    QString approvedCustomerToken(const QString &email);
    HttpResult patchMe(const QJsonObject &body, const QString &token, const std::string &key);

    ServerFixture m_fixture;
    TestHttp *m_http = nullptr;
};

void TestIdempotency::initTestCase()
{
    QVERIFY2(m_fixture.start({{QStringLiteral("security/register_per_hour"), QStringLiteral("1000")}}),
             qPrintable(m_fixture.error()));
    m_http = m_fixture.http.get();
}

void TestIdempotency::cleanupTestCase()
{
    QCOMPARE(m_fixture.stop(), 0);
}

void TestIdempotency::cleanup()
{
    KP_VERIFY_API_CONTRACT();
}

QString TestIdempotency::approvedCustomerToken(const QString &email)
{
    const auto id = m_http->registerCustomer(email)
                        .json.value(QLatin1String("account"))
                        .toObject()
                        .value(QLatin1String("id"))
                        .toString();
    m_http->post(QStringLiteral("/api/v1/admin/accounts/%1/approve").arg(id), {}, m_fixture.adminToken);
    return m_http->loginToken(email, QStringLiteral("correct horse battery"));
}

HttpResult TestIdempotency::patchMe(const QJsonObject &body, const QString &token, const std::string &key)
{
    TestHttp::Headers headers;
    if (!key.empty())
        headers.emplace_back("Idempotency-Key", key);
    return m_http->send(QStringLiteral("PATCH"), QStringLiteral("/api/v1/me"), QJsonDocument(body).toJson(),
                        QStringLiteral("application/json"), token, headers);
}

void TestIdempotency::answersARepeatWithTheFirstAnswerWithoutApplyingItAgain()
{
    const auto token = approvedCustomerToken(QStringLiteral("once@firma.de"));
    const QJsonObject edit {{QStringLiteral("company"), QStringLiteral("Erste Firma")}};
    const auto first = patchMe(edit, token, "edit-1");
    QCOMPARE(first.status, 200);
    QVERIFY(first.header("Idempotent-Replayed").isEmpty());
    // Another change in between: a replay of the first must not undo it.
    QCOMPARE(patchMe({{QStringLiteral("company"), QStringLiteral("Zweite Firma")}}, token, {}).status, 200);

    const auto repeat = patchMe(edit, token, "edit-1");
    QCOMPARE(repeat.status, 200);
    QCOMPARE(repeat.header("Idempotent-Replayed"), QStringLiteral("true"));
    QCOMPARE(repeat.json, first.json);
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/me"), token).json.value(QLatin1String("company")).toString(),
             QStringLiteral("Zweite Firma"));
}

void TestIdempotency::repeatsARefusalAsIt()
{
    const auto token = approvedCustomerToken(QStringLiteral("refused@firma.de"));
    const QJsonObject taken {{QStringLiteral("email"), QStringLiteral("admin@agentur.de")}};
    const auto first = patchMe(taken, token, "taken-1");
    QCOMPARE(first.status, 409);
    const auto repeat = patchMe(taken, token, "taken-1");
    QCOMPARE(repeat.status, 409);
    QCOMPARE(repeat.json, first.json);
    QCOMPARE(repeat.header("Idempotent-Replayed"), QStringLiteral("true"));
}

void TestIdempotency::refusesAKeyReusedForAnotherRequest()
{
    const auto token = approvedCustomerToken(QStringLiteral("reuse@firma.de"));
    QCOMPARE(patchMe({{QStringLiteral("name"), QStringLiteral("Erster Name")}}, token, "reused").status, 200);
    const auto before = databaseSnapshot(m_fixture.server->databasePath());
    const auto other = patchMe({{QStringLiteral("name"), QStringLiteral("Anderer Name")}}, token, "reused");
    QCOMPARE(other.status, 409);
    QCOMPARE(other.errorCode(), QStringLiteral("conflict"));
    QCOMPARE(databaseSnapshot(m_fixture.server->databasePath()), before);
}

void TestIdempotency::keepsKeysApartPerAccount()
{
    const auto first = approvedCustomerToken(QStringLiteral("apart1@firma.de"));
    const auto second = approvedCustomerToken(QStringLiteral("apart2@firma.de"));
    QCOMPARE(patchMe({{QStringLiteral("company"), QStringLiteral("Firma Eins")}}, first, "same-key").status, 200);
    const auto answer = patchMe({{QStringLiteral("company"), QStringLiteral("Firma Zwei")}}, second, "same-key");
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.header("Idempotent-Replayed").isEmpty());
    QCOMPARE(answer.json.value(QLatin1String("company")).toString(), QStringLiteral("Firma Zwei"));
}

void TestIdempotency::refusesMalformedKeys()
{
    const auto token = approvedCustomerToken(QStringLiteral("malformed@firma.de"));
    const auto before = databaseSnapshot(m_fixture.server->databasePath());
    for (const auto &key : {std::string(129, 'k'), std::string("with space")}) {
        const auto answer = patchMe({{QStringLiteral("company"), QStringLiteral("Egal")}}, token, key);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.errorCode(), QStringLiteral("bad_request"));
    }
    QCOMPARE(databaseSnapshot(m_fixture.server->databasePath()), before);
}

QTEST_GUILESS_MAIN(TestIdempotency)
#include "tst_idempotency.moc"
