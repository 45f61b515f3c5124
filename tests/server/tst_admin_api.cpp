#include "DatabaseSnapshot.h"
#include "ServerFixture.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

// The admin's approval routes, and that nobody else reaches them.
class TestAdminApi : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsPendingRegistrationsInRegistrationOrder();
    void pagesThroughAccountsWithCursor();
    void rejectsBadListParameters();
    void approvesPendingAccountSoItCanLogIn();
    void rejectsWithReasonAndRequiresOne();
    void answersConflictForDecidedAccountAndNotFoundForUnknownId();
    void letsAdminApproveAfterRejecting();
    void refusesAdminRoutesToCustomersAndPendingAccounts();

private:
    QString registerCustomer(const QString &email);

    ServerFixture m_fixture;
    TestServer *m_server = nullptr;
    TestHttp *m_http = nullptr;
    QString m_adminToken;
};

static const QString kPassword = QStringLiteral("correct horse battery");

void TestAdminApi::init()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
    m_server = m_fixture.server.get();
    m_http = m_fixture.http.get();
    m_adminToken = m_fixture.adminToken;
}

void TestAdminApi::cleanup()
{
    QCOMPARE(m_fixture.stop(), 0);
    KP_VERIFY_API_CONTRACT();
}

QString TestAdminApi::registerCustomer(const QString &email)
{
    return m_http->registerCustomer(email)
        .json.value(QLatin1String("account"))
        .toObject()
        .value(QLatin1String("id"))
        .toString();
}

static QStringList emailsOf(const HttpResult &page)
{
    QStringList emails;
    for (const auto &item : page.json.value(QLatin1String("items")).toArray())
        emails << item.toObject().value(QLatin1String("email")).toString();
    return emails;
}

void TestAdminApi::listsPendingRegistrationsInRegistrationOrder()
{
    registerCustomer(QStringLiteral("one@firma.de"));
    registerCustomer(QStringLiteral("two@firma.de"));
    const auto page = m_http->get(QStringLiteral("/api/v1/admin/accounts?status=pending"), m_adminToken);
    QCOMPARE(page.status, 200);
    QCOMPARE(emailsOf(page), (QStringList {QStringLiteral("one@firma.de"), QStringLiteral("two@firma.de")}));
    QVERIFY(page.json.value(QLatin1String("next_cursor")).isNull());
    const auto approved = m_http->get(QStringLiteral("/api/v1/admin/accounts?status=approved"), m_adminToken);
    QCOMPARE(emailsOf(approved), QStringList {QStringLiteral("admin@agentur.de")});
    // By role too, alone or with a status.
    const auto list = [this](const QString &query) {
        return emailsOf(m_http->get(QStringLiteral("/api/v1/admin/accounts?") + query, m_adminToken));
    };
    QVERIFY(list(QStringLiteral("status=approved&role=customer")).isEmpty());
    QCOMPARE(list(QStringLiteral("role=admin")), QStringList {QStringLiteral("admin@agentur.de")});
    QCOMPARE(list(QStringLiteral("status=pending&role=customer")),
             (QStringList {QStringLiteral("one@firma.de"), QStringLiteral("two@firma.de")}));
}

void TestAdminApi::pagesThroughAccountsWithCursor()
{
    QStringList expected;
    for (int i = 0; i < 5; ++i) {
        expected << QStringLiteral("kunde%1@firma.de").arg(i);
        registerCustomer(expected.last());
    }
    QStringList seen;
    QString cursor;
    int pages = 0;
    do {
        auto path = QStringLiteral("/api/v1/admin/accounts?status=pending&limit=2");
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + cursor;
        const auto page = m_http->get(path, m_adminToken);
        QCOMPARE(page.status, 200);
        seen += emailsOf(page);
        cursor = page.json.value(QLatin1String("next_cursor")).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(seen, expected);
}

void TestAdminApi::rejectsBadListParameters()
{
    const auto badStatus = m_http->get(QStringLiteral("/api/v1/admin/accounts?status=deleted"), m_adminToken);
    QCOMPARE(badStatus.status, 422);
    QCOMPARE(badStatus.fieldProblem(QStringLiteral("status")), QStringLiteral("invalid"));
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/accounts?role=owner"), m_adminToken)
                 .fieldProblem(QStringLiteral("role")),
             QStringLiteral("invalid"));
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/accounts?limit=0"), m_adminToken)
                 .fieldProblem(QStringLiteral("limit")),
             QStringLiteral("invalid"));
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/accounts?cursor=%27%20OR%201=1--"), m_adminToken)
                 .fieldProblem(QStringLiteral("cursor")),
             QStringLiteral("invalid"));
}

void TestAdminApi::approvesPendingAccountSoItCanLogIn()
{
    const auto id = registerCustomer(QStringLiteral("erika@mustermann.de"));
    const auto approved = m_http->post(QStringLiteral("/api/v1/admin/accounts/%1/approve").arg(id), {}, m_adminToken);
    QCOMPARE(approved.status, 200);
    QCOMPARE(approved.json.value(QLatin1String("status")).toString(), QStringLiteral("approved"));
    QVERIFY(!approved.json.value(QLatin1String("decided_at")).isNull());
    QVERIFY(!m_http->loginToken(QStringLiteral("erika@mustermann.de"), kPassword).isEmpty());
}

void TestAdminApi::rejectsWithReasonAndRequiresOne()
{
    const auto id = registerCustomer(QStringLiteral("erika@mustermann.de"));
    const auto path = QStringLiteral("/api/v1/admin/accounts/%1/reject").arg(id);
    const auto before = databaseSnapshot(m_server->databasePath());
    QCOMPARE(m_http->post(path, {}, m_adminToken).fieldProblem(QStringLiteral("reason")), QStringLiteral("required"));
    QCOMPARE(m_http->post(path, {{QStringLiteral("reason"), QStringLiteral("   ")}}, m_adminToken)
                 .fieldProblem(QStringLiteral("reason")),
             QStringLiteral("required"));
    QCOMPARE(m_http->post(path, {{QStringLiteral("reason"), QString(501, QLatin1Char('x'))}}, m_adminToken)
                 .fieldProblem(QStringLiteral("reason")),
             QStringLiteral("too_long"));
    QCOMPARE(databaseSnapshot(m_server->databasePath()), before);
    const auto rejected
        = m_http->post(path, {{QStringLiteral("reason"), QStringLiteral("Keine Firma angegeben")}}, m_adminToken);
    QCOMPARE(rejected.status, 200);
    QCOMPARE(rejected.json.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(rejected.json.value(QLatin1String("rejection_reason")).toString(),
             QStringLiteral("Keine Firma angegeben"));
}

void TestAdminApi::answersConflictForDecidedAccountAndNotFoundForUnknownId()
{
    const auto id = registerCustomer(QStringLiteral("erika@mustermann.de"));
    QCOMPARE(m_http->post(QStringLiteral("/api/v1/admin/accounts/%1/approve").arg(id), {}, m_adminToken).status, 200);
    const auto again = m_http->post(QStringLiteral("/api/v1/admin/accounts/%1/approve").arg(id), {}, m_adminToken);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QStringLiteral("conflict"));
    const auto reject = m_http->post(QStringLiteral("/api/v1/admin/accounts/%1/reject").arg(id),
                                     {{QStringLiteral("reason"), QStringLiteral("zu spät")}}, m_adminToken);
    QCOMPARE(reject.status, 409);
    const auto unknown = m_http->post(QStringLiteral("/api/v1/admin/accounts/acc_nosuch/approve"), {}, m_adminToken);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), QStringLiteral("not_found"));
}

void TestAdminApi::letsAdminApproveAfterRejecting()
{
    const auto id = registerCustomer(QStringLiteral("erika@mustermann.de"));
    QCOMPARE(m_http
                 ->post(QStringLiteral("/api/v1/admin/accounts/%1/reject").arg(id),
                        {{QStringLiteral("reason"), QStringLiteral("Versehen")}}, m_adminToken)
                 .status,
             200);
    const auto approved = m_http->post(QStringLiteral("/api/v1/admin/accounts/%1/approve").arg(id), {}, m_adminToken);
    QCOMPARE(approved.status, 200);
    QVERIFY(approved.json.value(QLatin1String("rejection_reason")).isNull());
}

void TestAdminApi::refusesAdminRoutesToCustomersAndPendingAccounts()
{
    const auto pending = m_http->registerCustomer(QStringLiteral("pending@firma.de"));
    const auto pendingToken = pending.json.value(QLatin1String("token")).toString();
    const auto customerId = registerCustomer(QStringLiteral("kunde@firma.de"));
    QCOMPARE(m_http->post(QStringLiteral("/api/v1/admin/accounts/%1/approve").arg(customerId), {}, m_adminToken).status,
             200);
    const auto customerToken = m_http->loginToken(QStringLiteral("kunde@firma.de"), kPassword);
    const auto pendingId
        = pending.json.value(QLatin1String("account")).toObject().value(QLatin1String("id")).toString();

    const auto before = databaseSnapshot(m_server->databasePath());
    const auto asCustomer = m_http->get(QStringLiteral("/api/v1/admin/accounts"), customerToken);
    QCOMPARE(asCustomer.status, 403);
    QCOMPARE(asCustomer.errorCode(), QStringLiteral("forbidden"));
    QCOMPARE(m_http->post(QStringLiteral("/api/v1/admin/accounts/%1/approve").arg(pendingId), {}, customerToken).status,
             403);
    // A pending account must not approve itself with its registration token.
    const auto self
        = m_http->post(QStringLiteral("/api/v1/admin/accounts/%1/approve").arg(pendingId), {}, pendingToken);
    QCOMPARE(self.status, 403);
    QCOMPARE(self.errorCode(), QStringLiteral("pending_approval"));
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/accounts")).status, 401);
    QCOMPARE(databaseSnapshot(m_server->databasePath()), before);
}

QTEST_GUILESS_MAIN(TestAdminApi)
#include "tst_admin_api.moc"
