#include "ServerFixture.h"
#include "TestImages.h"

#include <QBuffer>
#include <QImage>
#include <QRegularExpression>
#include <QTest>

// Every route the server has, as `--print-routes` lists it (method, pattern, access, gates,
// body), held against API.md's access rules: without a token every non-public route answers
// 401; a customer gets 403 from every admin route; a route with an {id} answers 404 for
// someone else's thing. A new route is covered the moment it is registered.
class TestAccessMatrix : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void listsEveryRouteWithItsAccess();
    void refusesEveryNonPublicRouteWithoutToken();
    void refusesEveryAdminRouteToACustomer();
    void answersNotFoundForSomeoneElsesId();

private:
    struct RouteLine {
        QString method;
        QString pattern;
        QString access;
        QString gates;
        QString body;
        QString name() const { return method + QLatin1Char(' ') + pattern; }
    };
    HttpResult call(const RouteLine &route, const QString &id, const QString &token);

    ServerFixture m_fixture;
    QList<RouteLine> m_routes;
    QString m_customerToken;
    QString m_otherCustomerId;
};

void TestAccessMatrix::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
    QByteArray output;
    QCOMPARE(m_fixture.server->runOnce({QStringLiteral("--print-routes")}, {}, &output), 0);
    for (const auto &line : QString::fromUtf8(output).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const auto parts = line.split(QLatin1Char(' '));
        QVERIFY2(parts.size() >= 5, qPrintable(line));
        m_routes.append({parts[0], parts[1], parts[2], parts[3], parts.mid(4).join(QLatin1Char(' '))});
    }

    auto &http = *m_fixture.http;
    const auto approve = [&](const QString &email) {
        const auto id = http.registerCustomer(email)
                            .json.value(QLatin1String("account"))
                            .toObject()
                            .value(QLatin1String("id"))
                            .toString();
        http.post(QStringLiteral("/api/v1/admin/accounts/%1/approve").arg(id), {}, m_fixture.adminToken);
        return id;
    };
    approve(QStringLiteral("kunde@firma.de"));
    m_otherCustomerId = approve(QStringLiteral("andere@firma.de"));
    m_customerToken = http.loginToken(QStringLiteral("kunde@firma.de"), QStringLiteral("correct horse battery"));
    QVERIFY(!m_customerToken.isEmpty());
    // The other customer has a picture, so a 404 for it means "not yours", not "not there".
    const auto png = testimages::filled(Qt::darkBlue, {64, 64});
    const auto otherToken = http.loginToken(QStringLiteral("andere@firma.de"), QStringLiteral("correct horse battery"));
    QCOMPARE(http.send(QStringLiteral("PUT"), QStringLiteral("/api/v1/me/avatar"), png, QStringLiteral("image/png"),
                       otherToken)
                 .status,
             200);
}

void TestAccessMatrix::cleanupTestCase()
{
    QCOMPARE(m_fixture.stop(), 0);
}

void TestAccessMatrix::cleanup()
{
    KP_VERIFY_API_CONTRACT();
}

HttpResult TestAccessMatrix::call(const RouteLine &route, const QString &id, const QString &token)
{
    auto path = route.pattern;
    path.replace(QStringLiteral("{id}"), id);
    path.replace(QRegularExpression(QStringLiteral("\\{[a-z_]+\\}")), QStringLiteral("x"));
    // A body of the kind the route takes, so that only access decides the answer.
    if (route.body.startsWith(QLatin1String("json")))
        return m_fixture.http->send(route.method, path, "{}", QStringLiteral("application/json"), token);
    if (route.body.startsWith(QLatin1String("raw")) || route.body.startsWith(QLatin1String("stream"))) {
        const auto type = route.body.section(QLatin1Char(' '), 1).section(QLatin1Char(','), 0, 0);
        return m_fixture.http->send(route.method, path, "x", type, token);
    }
    return m_fixture.http->send(route.method, path, {}, {}, token);
}

void TestAccessMatrix::listsEveryRouteWithItsAccess()
{
    QVERIFY(m_routes.size() >= 13);
    static const QStringList accesses {QStringLiteral("public"), QStringLiteral("session"), QStringLiteral("approved"),
                                       QStringLiteral("admin")};
    for (const auto &route : std::as_const(m_routes)) {
        QVERIFY2(accesses.contains(route.access), qPrintable(route.name()));
        // API.md: every /api/v1/admin/ route is for admins, and only those are.
        QCOMPARE(route.pattern.startsWith(QLatin1String("/api/v1/admin/")), route.access == QLatin1String("admin"));
    }
}

void TestAccessMatrix::refusesEveryNonPublicRouteWithoutToken()
{
    for (const auto &route : std::as_const(m_routes)) {
        if (route.access == QLatin1String("public"))
            continue;
        const auto answer = call(route, m_otherCustomerId, QString());
        QVERIFY2(answer.status == 401 && answer.errorCode() == QLatin1String("unauthenticated"),
                 qPrintable(QStringLiteral("%1 → %2").arg(route.name()).arg(answer.status)));
    }
}

void TestAccessMatrix::refusesEveryAdminRouteToACustomer()
{
    int admin = 0;
    for (const auto &route : std::as_const(m_routes)) {
        if (route.access != QLatin1String("admin"))
            continue;
        ++admin;
        const auto answer = call(route, m_otherCustomerId, m_customerToken);
        QVERIFY2(answer.status == 403 && answer.errorCode() == QLatin1String("forbidden"),
                 qPrintable(QStringLiteral("%1 → %2").arg(route.name()).arg(answer.status)));
    }
    QVERIFY(admin > 0);
}

void TestAccessMatrix::answersNotFoundForSomeoneElsesId()
{
    int withId = 0;
    for (const auto &route : std::as_const(m_routes)) {
        if (!route.pattern.contains(QLatin1String("{id}")))
            continue;
        ++withId;
        // A customer asking for another customer's thing (API.md); an admin, who may see every
        // account, asking for one that does not exist. An admin route that reads a body checks
        // it first, and an empty one is no request to look anything up for.
        const bool adminRoute = route.access == QLatin1String("admin");
        if (adminRoute && route.body != QLatin1String("none"))
            continue;
        const auto answer = adminRoute ? call(route, QStringLiteral("acc_doesnotexist"), m_fixture.adminToken)
                                       : call(route, m_otherCustomerId, m_customerToken);
        QVERIFY2(answer.status == 404 && answer.errorCode() == QLatin1String("not_found"),
                 qPrintable(QStringLiteral("%1 → %2").arg(route.name()).arg(answer.status)));
    }
    QVERIFY(withId > 0);
}

QTEST_GUILESS_MAIN(TestAccessMatrix)
#include "tst_access_matrix.moc"
