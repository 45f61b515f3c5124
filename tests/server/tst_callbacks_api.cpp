#include "DatabaseSnapshot.h"
#include "ServerFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

// The callback routes over HTTP (API.md "Chat, support and escalation"): what a request holds
// and answers, every refusal leaving the database as it was, the customer taken from the session
// whatever the body says, one customer never seeing another's requests, paging, the admin's
// inbox and status changes, the per-hour limit and Idempotency-Key. No channel is configured
// here (requests stay queued); tst_callback_delivery covers the channels. One server for the suite.
class TestCallbacksApi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void filesARequestForTheSessionsCustomer();
    void refusesBadInputAndStoresNothing();
    void keepsEachCustomersRequestsToThemselves();
    void refusesAdminsAsCallers();
    void pagesNewestFirst();
    void letsTheAdminWorkTheInbox();
    void limitsRequestsPerHourAndSaysWhen();
    void honoursIdempotencyKeys();
    void takesRequestsWhileTheChecklistIsOpen(); // last: it publishes a checklist

private:
    using Customer = ServerFixture::Customer;
    HttpResult file(const QString &token, const QJsonObject &body, const std::string &idempotencyKey = {});
    QString snapshot() const { return databaseSnapshot(m_fixture.server->databasePath()); }

    ServerFixture m_fixture;
    TestHttp *m_http = nullptr;
    Customer m_customer;
    Customer m_other;
    static constexpr int kPerHour = 8;
};

void TestCallbacksApi::initTestCase()
{
    QVERIFY2(m_fixture.start({{QStringLiteral("security/register_per_hour"), QStringLiteral("1000")},
                              {QStringLiteral("callbacks/per_hour"), QString::number(kPerHour)}}),
             qPrintable(m_fixture.error()));
    m_http = m_fixture.http.get();
    m_customer = m_fixture.approvedCustomer(QStringLiteral("rueckruf@kunde.de"),
                                            {{QStringLiteral("name"), QStringLiteral("Erika Muster")},
                                             {QStringLiteral("company"), QStringLiteral("Muster GmbH")}});
    m_other = m_fixture.approvedCustomer(QStringLiteral("andere@kunde.de"));
    QVERIFY(!m_customer.token.isEmpty());
    QVERIFY(!m_other.token.isEmpty());
}

void TestCallbacksApi::cleanupTestCase()
{
    QCOMPARE(m_fixture.stop(), 0);
}

void TestCallbacksApi::cleanup()
{
    KP_VERIFY_API_CONTRACT();
}

HttpResult TestCallbacksApi::file(const QString &token, const QJsonObject &body, const std::string &idempotencyKey)
{
    TestHttp::Headers headers;
    if (!idempotencyKey.empty())
        headers.emplace_back("Idempotency-Key", idempotencyKey);
    return m_http->send(QStringLiteral("POST"), QStringLiteral("/api/v1/callbacks"),
                        QJsonDocument(body).toJson(QJsonDocument::Compact), QStringLiteral("application/json"), token,
                        headers);
}

void TestCallbacksApi::filesARequestForTheSessionsCustomer()
{
    // Whoever the body claims to be, the request is the session's customer's.
    const auto filed = file(m_customer.token,
                            {{QStringLiteral("phone"), QStringLiteral("030 1234567")},
                             {QStringLiteral("note"), QStringLiteral("Bitte vormittags.\nDanke!")},
                             {QStringLiteral("customer_id"), m_other.id},
                             {QStringLiteral("account_id"), m_other.id},
                             {QStringLiteral("name"), QStringLiteral("Jemand Anderes")}});
    QCOMPARE(filed.status, 202);
    const auto callback = filed.json;
    QVERIFY(callback.value(QLatin1String("id")).toString().startsWith(QLatin1String("cb_")));
    QCOMPARE(callback.value(QLatin1String("status")).toString(), QStringLiteral("queued"));
    QCOMPARE(callback.value(QLatin1String("phone")).toString(), QStringLiteral("+49301234567"));
    QCOMPARE(callback.value(QLatin1String("phone_display")).toString(), QStringLiteral("+49 30 1234567"));
    QCOMPARE(callback.value(QLatin1String("note")).toString(), QStringLiteral("Bitte vormittags.\nDanke!"));
    QVERIFY(callback.value(QLatin1String("delivered_at")).isNull());
    QVERIFY(!callback.contains(QLatin1String("deliveries")));
    const auto customer = callback.value(QLatin1String("customer")).toObject();
    QCOMPARE(customer.value(QLatin1String("id")).toString(), m_customer.id);
    QCOMPARE(customer.value(QLatin1String("name")).toString(), QStringLiteral("Erika Muster"));
    QCOMPARE(customer.value(QLatin1String("company")).toString(), QStringLiteral("Muster GmbH"));
    QCOMPARE(customer.value(QLatin1String("email")).toString(), QStringLiteral("rueckruf@kunde.de"));

    // The same answer on reading it back, with an ETag that revalidates to 304.
    const auto path = QStringLiteral("/api/v1/callbacks/") + callback.value(QLatin1String("id")).toString();
    const auto read = m_http->get(path, m_customer.token);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json, callback);
    const auto etag = read.header("ETag");
    QVERIFY(!etag.isEmpty());
    QCOMPARE(m_http->get(path, m_customer.token, {{"If-None-Match", etag.toStdString()}}).status, 304);
    // An international number stays as it is.
    const auto swiss = file(m_customer.token, {{QStringLiteral("phone"), QStringLiteral("+41 44 668 18 00")}});
    QCOMPARE(swiss.status, 202);
    QCOMPARE(swiss.json.value(QLatin1String("phone")).toString(), QStringLiteral("+41446681800"));
    QCOMPARE(swiss.json.value(QLatin1String("note")).toString(), QString());
}

void TestCallbacksApi::refusesBadInputAndStoresNothing()
{
    const auto before = snapshot();
    const struct {
        QJsonObject body;
        const char *field;
        const char *problem;
    } cases[] = {
        {{}, "phone", "required"},
        {{{QStringLiteral("phone"), QStringLiteral("12")}}, "phone", "invalid"},
        {{{QStringLiteral("phone"), QStringLiteral("keine Nummer")}}, "phone", "invalid"},
        {{{QStringLiteral("phone"), 301234567}}, "phone", "invalid_type"},
        {{{QStringLiteral("phone"), QStringLiteral("030 1234567")},
          {QStringLiteral("note"), QString(501, QLatin1Char('x'))}},
         "note",
         "too_long"},
        {{{QStringLiteral("phone"), QStringLiteral("030 1234567")},
          {QStringLiteral("note"), QStringLiteral("a\u0007b")}},
         "note",
         "invalid_characters"},
        {{{QStringLiteral("phone"), QStringLiteral("030 1234567")},
          {QStringLiteral("priority"), QStringLiteral("high")}},
         "priority",
         "unexpected"},
    };
    for (const auto &test : cases) {
        const auto answer = file(m_customer.token, test.body);
        QCOMPARE(answer.status, 422);
        QCOMPARE(answer.errorCode(), QStringLiteral("validation_failed"));
        QCOMPARE(answer.fieldProblem(QLatin1String(test.field)), QLatin1String(test.problem));
    }
    const auto notJson = m_http->send(QStringLiteral("POST"), QStringLiteral("/api/v1/callbacks"), "phone=030",
                                      QStringLiteral("application/x-www-form-urlencoded"), m_customer.token);
    QCOMPARE(notJson.status, 415);
    QCOMPARE(snapshot(), before);
}

void TestCallbacksApi::keepsEachCustomersRequestsToThemselves()
{
    const auto mine = file(m_customer.token, {{QStringLiteral("phone"), QStringLiteral("+49 89 1234567")}});
    QCOMPARE(mine.status, 202);
    const auto id = mine.json.value(QLatin1String("id")).toString();
    const auto theirs = m_http->get(QStringLiteral("/api/v1/callbacks/") + id, m_other.token);
    QCOMPARE(theirs.status, 404);
    QCOMPARE(theirs.errorCode(), QStringLiteral("not_found"));
    const auto list = m_http->get(QStringLiteral("/api/v1/callbacks"), m_other.token);
    QCOMPARE(list.status, 200);
    for (const auto &item : list.json.value(QLatin1String("items")).toArray())
        QVERIFY(item.toObject().value(QLatin1String("id")).toString() != id);
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/callbacks/cb_doesnotexist"), m_customer.token).status, 404);
}

void TestCallbacksApi::refusesAdminsAsCallers()
{
    const auto before = snapshot();
    const auto answer = file(m_fixture.adminToken, {{QStringLiteral("phone"), QStringLiteral("030 1234567")}});
    QCOMPARE(answer.status, 403);
    QCOMPARE(answer.errorCode(), QStringLiteral("forbidden"));
    QCOMPARE(snapshot(), before);
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/callbacks"), m_customer.token).status, 403);
}

void TestCallbacksApi::pagesNewestFirst()
{
    const auto pager = m_fixture.approvedCustomer(QStringLiteral("seiten@kunde.de"));
    QStringList filed;
    for (int i = 0; i < 5; ++i) {
        const auto answer = file(pager.token,
                                 {{QStringLiteral("phone"), QStringLiteral("0301234567%1").arg(i)},
                                  {QStringLiteral("note"), QString::number(i)}});
        QCOMPARE(answer.status, 202);
        filed.prepend(answer.json.value(QLatin1String("id")).toString());
    }
    QStringList seen;
    QString cursor;
    int pages = 0;
    do {
        auto path = QStringLiteral("/api/v1/callbacks?limit=2");
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + cursor;
        const auto page = m_http->get(path, pager.token);
        QCOMPARE(page.status, 200);
        const auto items = page.json.value(QLatin1String("items")).toArray();
        QVERIFY(items.size() <= 2);
        for (const auto &item : items)
            seen.append(item.toObject().value(QLatin1String("id")).toString());
        cursor = page.json.value(QLatin1String("next_cursor")).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(seen, filed); // newest first, none twice, none left out
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/callbacks?cursor=nonsense"), pager.token)
                 .fieldProblem(QStringLiteral("cursor")),
             QStringLiteral("invalid"));
    QCOMPARE(
        m_http->get(QStringLiteral("/api/v1/callbacks?limit=0"), pager.token).fieldProblem(QStringLiteral("limit")),
        QStringLiteral("invalid"));
}

void TestCallbacksApi::letsTheAdminWorkTheInbox()
{
    const auto filed = file(m_customer.token, {{QStringLiteral("phone"), QStringLiteral("0221 1234567")}});
    QCOMPARE(filed.status, 202);
    const auto id = filed.json.value(QLatin1String("id")).toString();
    const auto adminPath = QStringLiteral("/api/v1/admin/callbacks/") + id;

    const auto inbox = m_http->get(QStringLiteral("/api/v1/admin/callbacks?status=open"), m_fixture.adminToken);
    QCOMPARE(inbox.status, 200);
    const auto openBefore = inbox.json.value(QLatin1String("open_count")).toInt();
    QVERIFY(openBefore >= 1);
    QCOMPARE(inbox.json.value(QLatin1String("channels")).toArray(), QJsonArray());
    QCOMPARE(m_http->get(QStringLiteral("/healthz")).json.value(QLatin1String("channels")).toArray(), QJsonArray());
    const auto newest = inbox.json.value(QLatin1String("items")).toArray().first().toObject();
    QCOMPARE(newest.value(QLatin1String("id")).toString(), id);
    QCOMPARE(newest.value(QLatin1String("deliveries")).toArray(), QJsonArray()); // no channel is on here
    QCOMPARE(m_http->get(adminPath, m_fixture.adminToken).json.value(QLatin1String("id")).toString(), id);

    const auto patch = [&](const QString &status) {
        return m_http->send(QStringLiteral("PATCH"), adminPath,
                            QJsonDocument(QJsonObject {{QStringLiteral("status"), status}}).toJson(),
                            QStringLiteral("application/json"), m_fixture.adminToken);
    };
    const auto calledBack = patch(QStringLiteral("called_back"));
    QCOMPARE(calledBack.status, 200);
    QCOMPARE(calledBack.json.value(QLatin1String("status")).toString(), QStringLiteral("called_back"));
    // The customer sees it, and the inbox counts one open request less.
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/callbacks/") + id, m_customer.token)
                 .json.value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("called_back"));
    const auto after = m_http->get(QStringLiteral("/api/v1/admin/callbacks?status=called_back"), m_fixture.adminToken);
    QCOMPARE(after.json.value(QLatin1String("open_count")).toInt(), openBefore - 1);
    const auto calledBackItems = after.json.value(QLatin1String("items")).toArray();
    QCOMPARE(calledBackItems.size(), 1);
    QCOMPARE(calledBackItems.first().toObject().value(QLatin1String("id")).toString(), id);

    QCOMPARE(patch(QStringLiteral("closed")).json.value(QLatin1String("status")).toString(), QStringLiteral("closed"));
    QCOMPARE(patch(QStringLiteral("open")).json.value(QLatin1String("status")).toString(), QStringLiteral("queued"));

    const auto before = snapshot();
    const auto bad = patch(QStringLiteral("done"));
    QCOMPARE(bad.status, 422);
    QCOMPARE(bad.fieldProblem(QStringLiteral("status")), QStringLiteral("invalid"));
    QCOMPARE(patch(QStringLiteral("delivered")).status, 422); // derived, never set
    QCOMPARE(m_http
                 ->send(QStringLiteral("PATCH"), QStringLiteral("/api/v1/admin/callbacks/cb_nothere"),
                        R"({"status":"closed"})", QStringLiteral("application/json"), m_fixture.adminToken)
                 .status,
             404);
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/callbacks?status=later"), m_fixture.adminToken).status, 422);
    QCOMPARE(snapshot(), before);

    // Every request of every customer, newest first.
    const auto all = m_http->get(QStringLiteral("/api/v1/admin/callbacks?limit=200"), m_fixture.adminToken);
    QCOMPARE(all.status, 200);
    QSet<QString> customers;
    for (const auto &item : all.json.value(QLatin1String("items")).toArray())
        customers.insert(
            item.toObject().value(QLatin1String("customer")).toObject().value(QLatin1String("id")).toString());
    QVERIFY(customers.size() >= 2);
}

void TestCallbacksApi::limitsRequestsPerHourAndSaysWhen()
{
    const auto busy = m_fixture.approvedCustomer(QStringLiteral("eilig@kunde.de"));
    for (int i = 0; i < kPerHour; ++i)
        QCOMPARE(file(busy.token, {{QStringLiteral("phone"), QStringLiteral("040 1234567")}}).status, 202);
    const auto before = snapshot();
    const auto limited = file(busy.token, {{QStringLiteral("phone"), QStringLiteral("040 1234567")}});
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
    const int retryAfter = limited.header("Retry-After").toInt();
    QVERIFY2(retryAfter > 3500 && retryAfter <= 3601, qPrintable(limited.header("Retry-After")));
    const auto message
        = limited.json.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    QVERIFY2(message.contains(QLatin1String("try again in 60 minutes")), qPrintable(message));
    QCOMPARE(snapshot(), before);
    // Another customer is not held back by it.
    QCOMPARE(file(m_other.token, {{QStringLiteral("phone"), QStringLiteral("040 1234567")}}).status, 202);
}

void TestCallbacksApi::honoursIdempotencyKeys()
{
    const auto first = file(m_other.token, {{QStringLiteral("phone"), QStringLiteral("0711 1234567")}}, "rueckruf-1");
    QCOMPARE(first.status, 202);
    const auto before = snapshot();
    const auto again = file(m_other.token, {{QStringLiteral("phone"), QStringLiteral("0711 1234567")}}, "rueckruf-1");
    QCOMPARE(again.status, 202);
    QCOMPARE(again.header("Idempotent-Replayed"), QStringLiteral("true"));
    QCOMPARE(again.json.value(QLatin1String("id")), first.json.value(QLatin1String("id")));
    QCOMPARE(snapshot(), before);
}

void TestCallbacksApi::takesRequestsWhileTheChecklistIsOpen()
{
    QCOMPARE(m_fixture.publishOneItemChecklist(), 200);
    const auto newcomer = m_fixture.approvedCustomer(QStringLiteral("neu@kunde.de"));
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/metrics?from=2026-01-01&to=2026-01-02"), newcomer.token).status, 409);
    QCOMPARE(file(newcomer.token, {{QStringLiteral("phone"), QStringLiteral("030 7654321")}}).status, 202);
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/callbacks"), newcomer.token)
                 .json.value(QLatin1String("items"))
                 .toArray()
                 .size(),
             1);
}

QTEST_GUILESS_MAIN(TestCallbacksApi)
#include "tst_callbacks_api.moc"
