#include "client/admin/AdminAccountsApi.h"
#include "client/auth/AuthApi.h"
#include "client/profile/ProfileApi.h"

#include "FakeNetwork.h"

#include <QJsonArray>
#include <QTest>

using namespace kp;
using namespace kp::client;

namespace {

Account jana()
{
    Account account;
    account.id = QStringLiteral("acc_1");
    account.email = QStringLiteral("jana@becker.de");
    account.username = QStringLiteral("jana");
    account.name = QStringLiteral("Jana Becker");
    account.company = QStringLiteral("Becker GmbH");
    account.status = AccountStatus::Approved;
    account.createdAt = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    return account;
}

// What a typed reply delivered: the value, or the error.
template <typename T> struct Received {
    std::optional<T> value;
    std::optional<ApiError> error;
    QObject context;

    explicit Received(const Reply<T> &reply)
    {
        reply.onSuccess(&context, [this](const T &v) { value = v; });
        reply.onFailure(&context, [this](const ApiError &e) { error = e; });
    }
    bool arrived() const { return value.has_value() || error.has_value(); }
};

} // namespace

// The feature APIs turn typed calls into the routes of API.md and answers into shared types,
// so pages never parse JSON.
class TestFeatureApis : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void profileEditSendsOnlyTheChangedFields();
    void takenEmailArrivesAsAFieldProblem();
    void wrongCurrentPasswordIsItsOwnError();
    void logoutEverywhereElsePostsLogoutAll();
    void avatarUploadSendsTheImageAndReturnsItsUrl();
    void accountPagesCarryTheirItemsAndCursor();
    void anAnswerThatDoesNotDecodeIsAnError();

private:
    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<ApiClient> m_api;
};

void TestFeatureApis::init()
{
    m_network = std::make_unique<FakeNetwork>();
    m_api = std::make_unique<ApiClient>(nullptr, m_network.get());
    m_api->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
    m_api->setToken(QStringLiteral("token"));
}

void TestFeatureApis::cleanup()
{
    m_api.reset();
    m_network.reset();
}

void TestFeatureApis::profileEditSendsOnlyTheChangedFields()
{
    auto renamed = jana();
    renamed.name = QStringLiteral("Jana Berger");
    m_network->answer("PATCH", QStringLiteral("/api/v1/me"), FakeNetwork::json(200, renamed.toJson()));
    ProfileEdit changes;
    changes.name = renamed.name;
    changes.email = QStringLiteral("jana@berger.de");
    RequestOptions options;
    options.idempotencyKey = "outbox-1";
    Received<Account> received(ProfileApi(*m_api).update(changes, options));
    QTRY_VERIFY(received.arrived());
    QVERIFY(received.value);
    QCOMPARE(received.value->name, QStringLiteral("Jana Berger"));

    const auto sent = m_network->requestsTo("PATCH", QStringLiteral("/api/v1/me"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0].json(),
             (QJsonObject {{QStringLiteral("name"), QStringLiteral("Jana Berger")},
                           {QStringLiteral("email"), QStringLiteral("jana@berger.de")}}));
    QCOMPARE(sent[0].headers.value("idempotency-key"), QByteArray("outbox-1"));
}

void TestFeatureApis::takenEmailArrivesAsAFieldProblem()
{
    m_network->answer("PATCH", QStringLiteral("/api/v1/me"),
                      FakeNetwork::error(422, QStringLiteral("validation_failed"),
                                         {{QStringLiteral("email"), QStringLiteral("taken")}}));
    ProfileEdit changes;
    changes.email = QStringLiteral("taken@example.de");
    Received<Account> received(ProfileApi(*m_api).update(changes));
    QTRY_VERIFY(received.arrived());
    QVERIFY(received.error);
    QVERIFY(received.error->is(ErrorCode::ValidationFailed));
    QVERIFY2(received.error->fieldMessage(QStringLiteral("email")).contains(QLatin1String("already exists")),
             qPrintable(received.error->fieldMessage(QStringLiteral("email"))));
    QVERIFY(received.error->fieldMessage(QStringLiteral("name")).isEmpty());
}

void TestFeatureApis::wrongCurrentPasswordIsItsOwnError()
{
    m_network->answer("POST", QStringLiteral("/api/v1/me/password"),
                      FakeNetwork::error(401, QStringLiteral("invalid_credentials")));
    Received<NoContent> received(
        ProfileApi(*m_api).changePassword(QStringLiteral("old wrong"), QStringLiteral("new password 123")));
    QTRY_VERIFY(received.arrived());
    QVERIFY(received.error && received.error->is(ErrorCode::InvalidCredentials));
    const auto sent = m_network->requestsTo("POST", QStringLiteral("/api/v1/me/password"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0].json().value(QLatin1String("current_password")).toString(), QStringLiteral("old wrong"));
    QCOMPARE(sent[0].json().value(QLatin1String("new_password")).toString(), QStringLiteral("new password 123"));
}

void TestFeatureApis::logoutEverywhereElsePostsLogoutAll()
{
    m_network->answer("POST", QStringLiteral("/api/v1/auth/logout-all"), FakeNetwork::noContent());
    Received<NoContent> received(ProfileApi(*m_api).logoutEverywhereElse());
    QTRY_VERIFY(received.arrived());
    QVERIFY(received.value);
    QCOMPARE(m_network->requestsTo("POST", QStringLiteral("/api/v1/auth/logout-all")).size(), 1);
}

void TestFeatureApis::avatarUploadSendsTheImageAndReturnsItsUrl()
{
    const QByteArray jpeg("\xff\xd8\xff\xe0-jpeg-", 10);
    m_network->answer(
        "PUT", QStringLiteral("/api/v1/me/avatar"),
        FakeNetwork::json(200, {{QStringLiteral("avatar_url"), QStringLiteral("/api/v1/accounts/acc_1/avatar")}}));
    Received<QUrl> received(ProfileApi(*m_api).uploadAvatar(jpeg, QStringLiteral("image/jpeg")));
    QTRY_VERIFY(received.arrived());
    QCOMPARE(received.value, QUrl(QStringLiteral("/api/v1/accounts/acc_1/avatar")));
    const auto sent = m_network->requestsTo("PUT", QStringLiteral("/api/v1/me/avatar"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0].body, jpeg);
    QCOMPARE(sent[0].headers.value("content-type"), QByteArray("image/jpeg"));
}

void TestFeatureApis::accountPagesCarryTheirItemsAndCursor()
{
    m_network->answer("GET", QStringLiteral("/api/v1/admin/accounts"),
                      FakeNetwork::json(200,
                                        {{QStringLiteral("items"), QJsonArray {jana().toJson()}},
                                         {QStringLiteral("next_cursor"), QStringLiteral("c2")}}));
    Received<ItemPage<Account>> received(
        AdminAccountsApi(*m_api).accounts(AccountStatus::Approved, QStringLiteral("c1")));
    QTRY_VERIFY(received.arrived());
    QVERIFY(received.value);
    QCOMPARE(received.value->items.size(), 1);
    QCOMPARE(received.value->items[0].email, QStringLiteral("jana@becker.de"));
    QCOMPARE(received.value->nextCursor, QStringLiteral("c2"));
    QCOMPARE(m_network->requests.last().url.query(), QStringLiteral("status=approved&cursor=c1"));
}

void TestFeatureApis::anAnswerThatDoesNotDecodeIsAnError()
{
    m_network->answer("GET", QStringLiteral("/api/v1/me"), FakeNetwork::json(200, {}));
    Received<Account> received(AuthApi(*m_api).me());
    QTRY_VERIFY(received.arrived());
    QVERIFY(received.error);
    QVERIFY(received.error->message().contains(QLatin1String("unexpectedly")));
}

QTEST_GUILESS_MAIN(TestFeatureApis)
#include "tst_feature_apis.moc"
