#include "client/api/ApiClient.h"
#include "client/api/RequestScope.h"

#include "CallOutcome.h"
#include "FakeNetwork.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace kp::client;

namespace {

const QUrl kServer(QStringLiteral("https://portal.example/base"));

using Outcome = CallOutcome;

} // namespace

// The transport against FakeNetwork: methods, bodies and headers as sent, and how each kind of
// answer comes back (success, 304, failure, progress, cancel, the session's end).
class TestApiClient : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sendsEachMethodWithItsJsonBody_data();
    void sendsEachMethodWithItsJsonBody();
    void sendsIdempotencyKeyAndIfNoneMatchPerRequest();
    void surfacesNotModifiedWithItsETag();
    void uploadsRawBytesWithProgressAndCancels();
    void downloadsBytesWithProgress();
    void reportsANetworkFailureAsSuch();
    void keepsEveryProblemOfARefusedSheetInOrder();
    void reportsTheSessionRejectedOnlyForTheTokenInUse();
    void dropsRepliesOfAnEndedOrDestroyedScope();

private:
    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<ApiClient> m_api;
};

void TestApiClient::init()
{
    m_network = std::make_unique<FakeNetwork>();
    m_api = std::make_unique<ApiClient>(nullptr, m_network.get());
    m_api->setBaseUrl(kServer);
    m_api->setToken(QStringLiteral("token-1"));
}

void TestApiClient::cleanup()
{
    m_api.reset();
    m_network.reset();
}

void TestApiClient::sendsEachMethodWithItsJsonBody_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("POST") << QByteArray("POST");
    QTest::newRow("PUT") << QByteArray("PUT");
    QTest::newRow("PATCH") << QByteArray("PATCH");
    QTest::newRow("DELETE") << QByteArray("DELETE");
}

void TestApiClient::sendsEachMethodWithItsJsonBody()
{
    QFETCH(QByteArray, method);
    const QJsonObject body {{QStringLiteral("name"), QStringLiteral("Jana")}};
    m_network->answer(method, QStringLiteral("/base/api/v1/thing"),
                      FakeNetwork::json(200, {{QStringLiteral("ok"), true}}));
    ApiCall *call = nullptr;
    if (method == "POST")
        call = m_api->post(QStringLiteral("/api/v1/thing"), body);
    else if (method == "PUT")
        call = m_api->put(QStringLiteral("/api/v1/thing"), body);
    else if (method == "PATCH")
        call = m_api->patch(QStringLiteral("/api/v1/thing"), body);
    else
        call = m_api->remove(QStringLiteral("/api/v1/thing"));
    Outcome outcome;
    outcome.watch(call);
    QTRY_COMPARE(outcome.succeeded, 1);
    QCOMPARE(outcome.response.json().value(QLatin1String("ok")).toBool(), true);

    const auto sent = m_network->requestsTo(method, QStringLiteral("/base/api/v1/thing"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0].headers.value("authorization"), QByteArray("Bearer token-1"));
    if (method == "DELETE") {
        QVERIFY(sent[0].body.isEmpty());
    } else {
        QCOMPARE(sent[0].json(), body);
        QCOMPARE(sent[0].headers.value("content-type"), QByteArray("application/json"));
    }
}

void TestApiClient::sendsIdempotencyKeyAndIfNoneMatchPerRequest()
{
    m_network->answer("POST", QStringLiteral("/base/api/v1/x"), FakeNetwork::noContent());
    m_network->answer("GET", QStringLiteral("/base/api/v1/x"), FakeNetwork::json(200, {}));
    RequestOptions keyed;
    keyed.idempotencyKey = "change-42";
    RequestOptions conditional;
    conditional.ifNoneMatch = "\"v7\"";
    Outcome outcome;
    outcome.watch(m_api->post(QStringLiteral("/api/v1/x"), {}, keyed));
    outcome.watch(m_api->get(QStringLiteral("/api/v1/x"), conditional));
    outcome.watch(m_api->get(QStringLiteral("/api/v1/x")));
    QTRY_COMPARE(outcome.total(), 3);

    QCOMPARE(m_network->requests.size(), 3);
    QCOMPARE(m_network->requests[0].headers.value("idempotency-key"), QByteArray("change-42"));
    QVERIFY(!m_network->requests[0].headers.contains("if-none-match"));
    QCOMPARE(m_network->requests[1].headers.value("if-none-match"), QByteArray("\"v7\""));
    QVERIFY(!m_network->requests[1].headers.contains("idempotency-key"));
    QVERIFY(!m_network->requests[2].headers.contains("if-none-match"));
}

void TestApiClient::surfacesNotModifiedWithItsETag()
{
    m_network->answer("GET", QStringLiteral("/base/api/v1/me"),
                      FakeNetwork::Answer {304, {{"ETag", "\"v7\""}}, {}, QNetworkReply::NoError, false});
    RequestOptions conditional;
    conditional.ifNoneMatch = "\"v7\"";
    Outcome outcome;
    outcome.watch(m_api->get(QStringLiteral("/api/v1/me"), conditional));
    QTRY_COMPARE(outcome.total(), 1);
    QCOMPARE(outcome.notModified, 1);
    QCOMPARE(outcome.response.status, 304);
    QCOMPARE(outcome.response.etag, QByteArray("\"v7\""));
}

void TestApiClient::uploadsRawBytesWithProgressAndCancels()
{
    const QByteArray image(64 * 1024, 'x');
    m_network->answer("PUT", QStringLiteral("/base/api/v1/me/avatar"), FakeNetwork::hanging());
    auto *call = m_api->upload("PUT", QStringLiteral("/api/v1/me/avatar"), image, QStringLiteral("image/png"));
    Outcome outcome;
    outcome.watch(call);
    QSignalSpy progress(call, &ApiCall::progress);
    QSignalSpy destroyed(call, &QObject::destroyed);
    QVERIFY(progress.wait(5000));
    QCOMPARE(progress.last().at(0).toLongLong(), image.size() / 2);
    QCOMPARE(progress.last().at(1).toLongLong(), image.size());

    const auto sent = m_network->requestsTo("PUT", QStringLiteral("/base/api/v1/me/avatar"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0].body, image);
    QCOMPARE(sent[0].headers.value("content-type"), QByteArray("image/png"));

    call->cancel();
    QCOMPARE(m_network->aborted, 1);
    QVERIFY(destroyed.wait(5000));
    // A cancelled transfer reports nothing: the caller asked for the end itself.
    QCOMPARE(outcome.total(), 0);
}

void TestApiClient::downloadsBytesWithProgress()
{
    const QByteArray png("\x89PNG\r\n\x1a\n-bytes-", 15);
    m_network->answer("GET", QStringLiteral("/base/api/v1/accounts/a1/avatar"),
                      FakeNetwork::Answer {200, {{"Content-Type", "image/png"}}, png, QNetworkReply::NoError, false});
    auto *call = m_api->download(QStringLiteral("/api/v1/accounts/a1/avatar"));
    QSignalSpy progress(call, &ApiCall::progress);
    Outcome outcome;
    outcome.watch(call);
    QTRY_COMPARE(outcome.succeeded, 1);
    QCOMPARE(outcome.response.body, png);
    QCOMPARE(outcome.response.contentType, QByteArray("image/png"));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), png.size());
}

void TestApiClient::reportsANetworkFailureAsSuch()
{
    m_network->answer("GET", QStringLiteral("/base/api/v1/me"),
                      FakeNetwork::failure(QNetworkReply::ConnectionRefusedError));
    Outcome outcome;
    outcome.watch(m_api->get(QStringLiteral("/api/v1/me")));
    QTRY_COMPARE(outcome.failed, 1);
    QVERIFY(outcome.error.isNetworkError());
    QVERIFY(outcome.error.message().contains(QLatin1String("cannot be reached")));
}

void TestApiClient::keepsEveryProblemOfARefusedSheetInOrder()
{
    const QJsonArray problems {
        QJsonObject {{QStringLiteral("code"), QStringLiteral("unknown_type")},
                     {QStringLiteral("row"), 4},
                     {QStringLiteral("column"), QStringLiteral("type")},
                     {QStringLiteral("value"), QStringLiteral("slider")}},
        QJsonObject {{QStringLiteral("code"), QStringLiteral("empty_sheet")}, {QStringLiteral("row"), 0}},
    };
    const QJsonObject body {
        {QStringLiteral("error"),
         QJsonObject {{QStringLiteral("code"), QStringLiteral("validation_failed")},
                      {QStringLiteral("message"), QStringLiteral("The sheet has problems")},
                      {QStringLiteral("fields"), QJsonObject {{QStringLiteral("csv"), QStringLiteral("invalid")}}},
                      {QStringLiteral("problems"), problems}}}};
    m_network->answer("POST", QStringLiteral("/base/api/v1/admin/checklist/import"), FakeNetwork::json(422, body));
    Outcome outcome;
    outcome.watch(m_api->upload("POST", QStringLiteral("/api/v1/admin/checklist/import"), "section\n",
                                QStringLiteral("text/csv")));
    QTRY_COMPARE(outcome.failed, 1);
    QVERIFY(outcome.error.is(kp::ErrorCode::ValidationFailed));
    const QList<SheetProblem> expected {
        {QStringLiteral("unknown_type"), 4, QStringLiteral("type"), QStringLiteral("slider")},
        {QStringLiteral("empty_sheet"), 0, {}, {}}};
    QCOMPARE(outcome.error.sheetProblems, expected);
    // Other failures carry none.
    m_network->answer("GET", QStringLiteral("/base/api/v1/me"),
                      FakeNetwork::error(422, QStringLiteral("validation_failed")));
    Outcome other;
    other.watch(m_api->get(QStringLiteral("/api/v1/me")));
    QTRY_COMPARE(other.failed, 1);
    QVERIFY(other.error.sheetProblems.isEmpty());
}

void TestApiClient::reportsTheSessionRejectedOnlyForTheTokenInUse()
{
    QSignalSpy rejected(m_api.get(), &ApiClient::sessionRejected);
    m_network->answer("GET", QStringLiteral("/base/api/v1/me"),
                      FakeNetwork::error(401, QStringLiteral("unauthenticated")));
    Outcome withToken;
    withToken.watch(m_api->get(QStringLiteral("/api/v1/me")));
    QTRY_COMPARE(withToken.failed, 1);
    QCOMPARE(rejected.size(), 1);

    // A wrong password is no ended session.
    m_network->answer("POST", QStringLiteral("/base/api/v1/me/password"),
                      FakeNetwork::error(401, QStringLiteral("invalid_credentials")));
    Outcome wrongPassword;
    wrongPassword.watch(m_api->post(QStringLiteral("/api/v1/me/password"), {}));
    QTRY_COMPARE(wrongPassword.failed, 1);
    QCOMPARE(rejected.size(), 1);

    // A late 401 for a token already replaced (a new login meanwhile) leaves the new one alone.
    m_network->answer("GET", QStringLiteral("/base/api/v1/me"), FakeNetwork::hanging());
    Outcome late;
    late.watch(m_api->get(QStringLiteral("/api/v1/me")));
    m_api->setToken(QStringLiteral("token-2"));
    m_network->release("GET", QStringLiteral("/base/api/v1/me"),
                       FakeNetwork::error(401, QStringLiteral("unauthenticated")));
    QTRY_COMPARE(late.failed, 1);
    QCOMPARE(rejected.size(), 1);

    // Without a token there is no session to end.
    m_api->setToken(QString());
    Outcome anonymous;
    m_network->answer("GET", QStringLiteral("/base/api/v1/me"),
                      FakeNetwork::error(401, QStringLiteral("unauthenticated")));
    anonymous.watch(m_api->get(QStringLiteral("/api/v1/me")));
    QTRY_COMPARE(anonymous.failed, 1);
    QCOMPARE(rejected.size(), 1);
}

void TestApiClient::dropsRepliesOfAnEndedOrDestroyedScope()
{
    m_network->answer("GET", QStringLiteral("/base/api/v1/list"), FakeNetwork::hanging());
    int delivered = 0;
    const auto request = [this, &delivered](QObject *context) {
        QObject::connect(m_api->get(QStringLiteral("/api/v1/list")), &ApiCall::succeeded, context,
                         [&delivered] { ++delivered; });
    };
    auto scope = std::make_unique<RequestScope>();
    request(scope->begin()); // an old load …
    auto *current = scope->begin();
    request(current); // … replaced by a new one
    m_network->release("GET", QStringLiteral("/base/api/v1/list"), FakeNetwork::json(200, {}));
    QTRY_COMPARE(delivered, 1);

    request(scope->current());
    scope.reset(); // the page closed
    m_network->release("GET", QStringLiteral("/base/api/v1/list"), FakeNetwork::json(200, {}));
    QTRY_COMPARE(m_network->requests.size(), 3);
    QTRY_VERIFY(m_api->findChildren<ApiCall *>().isEmpty());
    QCOMPARE(delivered, 1);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_api_client.moc"
