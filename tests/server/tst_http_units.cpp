#include "server/http/ByteRange.h"
#include "server/http/EntityTag.h"
#include "server/http/JsonFields.h"
#include "server/http/Paging.h"
#include "server/http/Router.h"

#include <httplib.h>

#include <QJsonDocument>
#include <QTest>

using namespace kp;
using namespace kp::server;

namespace {

class FixedAuthenticator : public Authenticator {
public:
    std::optional<AuthenticatedSession> authenticate(const QString &token) override
    {
        if (token != QLatin1String("valid"))
            return std::nullopt;
        AuthenticatedSession session;
        session.account.id = QStringLiteral("7");
        session.account.status = AccountStatus::Approved;
        return session;
    }
};

QMap<QString, QString> problemsOf(JsonFields &fields)
{
    try {
        fields.finish();
    } catch (const DomainError &error) {
        return error.fields();
    }
    return {};
}

QJsonObject errorOf(const httplib::Response &response)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(response.body))
        .object()
        .value(QLatin1String("error"))
        .toObject();
}

httplib::Request get(const std::string &path, const char *token = nullptr)
{
    httplib::Request request;
    request.method = "GET";
    request.path = path;
    if (token)
        request.headers.emplace("Authorization", std::string("Bearer ") + token);
    return request;
}

} // namespace

// The pieces of the HTTP layer that need no socket: typed JSON readers, paging, the router's
// matching, gates and error mapping, byte ranges and entity tags.
class TestHttpUnits : public QObject {
    Q_OBJECT

private slots:
    void readsTypedFieldsAndNamesEveryProblem();
    void tellsAbsentFromNullForPatch();
    void checksIntegerRanges();
    void readsPageLimitAndCursorWithDefaults();
    void refusesBadPageLimits();
    void buildsPageWithNullCursorOnLastPage();
    void matchesNamedParametersAndReportsOtherMethods();
    void mapsDomainErrorsToStatusInOnePlace();
    void failsClosedForUndefinedGateAndRefusesGatedPublicRoute();
    void describesRoutesForPrintRoutes();
    void parsesByteRanges();
    void comparesEntityTags();
};

void TestHttpUnits::readsTypedFieldsAndNamesEveryProblem()
{
    JsonFields fields(QJsonDocument::fromJson(R"({"name": "Erika", "active": true, "count": 3, "tags": ["a"],
        "address": {"city": "Köln"}, "wrong_bool": "yes", "wrong_array": {}, "stray": 1})")
                          .object());
    QCOMPARE(fields.requiredString(QStringLiteral("name")), QStringLiteral("Erika"));
    QCOMPARE(fields.requiredBool(QStringLiteral("active")), true);
    QCOMPARE(fields.requiredInteger(QStringLiteral("count"), 1, 10), qint64(3));
    QCOMPARE(fields.requiredArray(QStringLiteral("tags")).size(), 1);
    QCOMPARE(fields.requiredObject(QStringLiteral("address")).value(QLatin1String("city")).toString(),
             QStringLiteral("Köln"));
    QVERIFY(!fields.optionalBool(QStringLiteral("wrong_bool")));
    QVERIFY(!fields.optionalArray(QStringLiteral("wrong_array")));
    QVERIFY(!fields.optionalObject(QStringLiteral("absent_object")));
    fields.requiredBool(QStringLiteral("missing_bool"));
    const auto problems = problemsOf(fields);
    QCOMPARE(problems.value(QStringLiteral("wrong_bool")), QStringLiteral("invalid_type"));
    QCOMPARE(problems.value(QStringLiteral("wrong_array")), QStringLiteral("invalid_type"));
    QCOMPARE(problems.value(QStringLiteral("missing_bool")), QStringLiteral("required"));
    QCOMPARE(problems.value(QStringLiteral("stray")), QStringLiteral("unexpected"));
    QCOMPARE(problems.size(), 4);
}

void TestHttpUnits::tellsAbsentFromNullForPatch()
{
    JsonFields fields(QJsonDocument::fromJson(R"({"company": null, "name": "Neu", "phone": 5})").object());
    const auto company = fields.nullableString(QStringLiteral("company"));
    const auto name = fields.nullableString(QStringLiteral("name"));
    const auto username = fields.nullableString(QStringLiteral("username"));
    const auto phone = fields.nullableString(QStringLiteral("phone"));
    QVERIFY(company.isNull() && !company.isAbsent());
    QVERIFY(!name.isNull() && !name.isAbsent());
    QCOMPARE(*name.value, QStringLiteral("Neu"));
    QVERIFY(username.isAbsent() && !username.isNull());
    QVERIFY(!phone.value);
    QCOMPARE(problemsOf(fields), (QMap<QString, QString> {{QStringLiteral("phone"), QStringLiteral("invalid_type")}}));
}

void TestHttpUnits::checksIntegerRanges()
{
    JsonFields fields(
        QJsonDocument::fromJson(R"({"low": 0, "high": 11, "fraction": 1.5, "text": "3", "ok": 10, "huge": 1e300})")
            .object());
    QVERIFY(!fields.optionalInteger(QStringLiteral("low"), 1, 10));
    QVERIFY(!fields.optionalInteger(QStringLiteral("high"), 1, 10));
    QVERIFY(!fields.optionalInteger(QStringLiteral("fraction"), 1, 10));
    QVERIFY(!fields.optionalInteger(QStringLiteral("text"), 1, 10));
    QVERIFY(!fields.optionalInteger(QStringLiteral("huge")));
    QCOMPARE(fields.optionalInteger(QStringLiteral("ok"), 1, 10), std::optional<qint64>(10));
    const auto problems = problemsOf(fields);
    QCOMPARE(problems.value(QStringLiteral("low")), QStringLiteral("invalid"));
    QCOMPARE(problems.value(QStringLiteral("high")), QStringLiteral("invalid"));
    QCOMPARE(problems.value(QStringLiteral("fraction")), QStringLiteral("invalid_type"));
    QCOMPARE(problems.value(QStringLiteral("text")), QStringLiteral("invalid_type"));
    QCOMPARE(problems.value(QStringLiteral("huge")), QStringLiteral("invalid_type"));
    QCOMPARE(problems.size(), 5);
}

void TestHttpUnits::readsPageLimitAndCursorWithDefaults()
{
    auto request = get("/list");
    const std::vector<std::string> noNames;
    RequestContext plain({request, noNames, {}, {}, nullptr, {}, std::nullopt});
    QMap<QString, QString> problems;
    const auto defaults = readPageRequest(plain, problems, {20, 100});
    QCOMPARE(defaults.limit, 20);
    QVERIFY(defaults.cursor.isEmpty());
    request.params.emplace("limit", "100");
    request.params.emplace("cursor", "abc");
    RequestContext given({request, noNames, {}, {}, nullptr, {}, std::nullopt});
    const auto page = readPageRequest(given, problems, {20, 100});
    QCOMPARE(page.limit, 100);
    QCOMPARE(page.cursor, QStringLiteral("abc"));
    QVERIFY(problems.isEmpty());
}

void TestHttpUnits::refusesBadPageLimits()
{
    const std::vector<std::string> noNames;
    for (const char *limit : {"0", "201", "-1", "ten", "1.5"}) {
        auto request = get("/list");
        request.params.emplace("limit", limit);
        RequestContext context({request, noNames, {}, {}, nullptr, {}, std::nullopt});
        QMap<QString, QString> problems;
        readPageRequest(context, problems);
        QVERIFY2(problems.value(QStringLiteral("limit")) == QLatin1String("invalid"), limit);
    }
}

void TestHttpUnits::buildsPageWithNullCursorOnLastPage()
{
    const QList<int> items {1, 2};
    const auto last = pageJson(items, QString(), [](int item) { return item * 10; });
    QCOMPARE(last.value(QLatin1String("items")).toArray().at(1).toInt(), 20);
    QVERIFY(last.value(QLatin1String("next_cursor")).isNull());
    QCOMPARE(pageJson(QJsonArray(), QStringLiteral("n2")).value(QLatin1String("next_cursor")).toString(),
             QStringLiteral("n2"));
}

void TestHttpUnits::matchesNamedParametersAndReportsOtherMethods()
{
    FixedAuthenticator authenticator;
    Router router(authenticator, false);
    router.add({"DELETE", "/api/v1/admin/accounts/{id}/ad-accounts/{provider}/{external_id}", Access::Public,
                BodySpec::none()},
               [](RequestContext &context) {
                   return Reply::json(
                       {{QStringLiteral("who"),
                         context.param("external_id") + context.param("provider") + context.param("id")}});
               });
    const auto match = router.match("DELETE", "/api/v1/admin/accounts/a1/ad-accounts/google_ads/123-456");
    QVERIFY(match.route);
    QCOMPARE(match.route->paramNames, (std::vector<std::string> {"id", "provider", "external_id"}));
    httplib::Request request;
    request.method = "DELETE";
    httplib::Response response;
    router.dispatch(match, request, {}, nullptr, response);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, std::string(R"({"who":"123-456google_adsa1"})"));
    QVERIFY(router.match("GET", "/api/v1/admin/accounts/a1/ad-accounts/google_ads/1").otherMethodMatches);
    QVERIFY(!router.match("DELETE", "/api/v1/admin/accounts/a1/ad-accounts/google_ads").route);
}

void TestHttpUnits::mapsDomainErrorsToStatusInOnePlace()
{
    FixedAuthenticator authenticator;
    Router router(authenticator, false);
    router.add({"GET", "/limited", Access::Public, BodySpec::none()},
               [](RequestContext &) -> Reply { throw DomainError::rateLimited(42); });
    router.add({"GET", "/taken", Access::Public, BodySpec::none()}, [](RequestContext &) -> Reply {
        throw DomainError::validation({{QStringLiteral("email"), QStringLiteral("taken")}});
    });
    httplib::Response limited;
    router.dispatch(router.match("GET", "/limited"), get("/limited"), {}, nullptr, limited);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.get_header_value("Retry-After"), std::string("42"));
    QCOMPARE(errorOf(limited).value(QLatin1String("code")).toString(), QStringLiteral("rate_limited"));
    httplib::Response taken;
    router.dispatch(router.match("GET", "/taken"), get("/taken"), {}, nullptr, taken);
    QCOMPARE(taken.status, 422);
    QCOMPARE(errorOf(taken).value(QLatin1String("fields")).toObject().value(QLatin1String("email")).toString(),
             QStringLiteral("taken"));
}

void TestHttpUnits::failsClosedForUndefinedGateAndRefusesGatedPublicRoute()
{
    FixedAuthenticator authenticator;
    Router router(authenticator, false);
    bool ran = false;
    router.add({"GET", "/metrics", Access::Approved, BodySpec::none(), {Gate::OnboardingComplete}},
               [&ran](RequestContext &) {
                   ran = true;
                   return Reply::noContent();
               });
    httplib::Response undefined;
    router.dispatch(router.match("GET", "/metrics"), get("/metrics", "valid"), {}, nullptr, undefined);
    QCOMPARE(undefined.status, 500);
    QVERIFY(!ran);
    router.defineGate(Gate::OnboardingComplete,
                      {[](const AuthenticatedSession &session) { return session.account.id != QLatin1String("7"); },
                       DomainError(ErrorCode::OnboardingIncomplete, QStringLiteral("Finish the checklist."))});
    httplib::Response closed;
    router.dispatch(router.match("GET", "/metrics"), get("/metrics", "valid"), {}, nullptr, closed);
    QCOMPARE(closed.status, 409);
    QCOMPARE(errorOf(closed).value(QLatin1String("code")).toString(), QStringLiteral("onboarding_incomplete"));
    QVERIFY(!ran);
    QVERIFY_THROWS_EXCEPTION(std::logic_error,
                             router.add({"GET", "/open", Access::Public, BodySpec::none(), {Gate::OnboardingComplete}},
                                        [](RequestContext &) { return Reply::noContent(); }));
}

void TestHttpUnits::describesRoutesForPrintRoutes()
{
    QCOMPARE(describeRoute({"POST", "/api/v1/auth/login", Access::Public, BodySpec::json(8192)}),
             std::string("POST /api/v1/auth/login public - json<=8192"));
    QCOMPARE(describeRoute({"PUT", "/api/v1/me/avatar", Access::AnySession,
                            BodySpec::stream({"image/png", "image/jpeg"}, 5242880)}),
             std::string("PUT /api/v1/me/avatar session - stream<=5242880 image/png,image/jpeg"));
    QCOMPARE(describeRoute({"GET", "/api/v1/metrics", Access::Approved, BodySpec::none(), {Gate::OnboardingComplete}}),
             std::string("GET /api/v1/metrics approved onboarding_complete none"));
    QCOMPARE(describeRoute({"POST", "/x", Access::Admin, BodySpec::raw({"text/csv"}, 100)}),
             std::string("POST /x admin - raw<=100 text/csv"));
}

void TestHttpUnits::parsesByteRanges()
{
    using K = ByteRange::Kind;
    const auto check = [](const char *header, std::uint64_t size, K kind, std::uint64_t offset, std::uint64_t length) {
        const auto range = parseByteRange(header, size);
        return range.kind == kind && (kind != K::Part || (range.offset == offset && range.length == length));
    };
    QVERIFY(check("bytes=0-9", 100, K::Part, 0, 10));
    QVERIFY(check("bytes=90-200", 100, K::Part, 90, 10));
    QVERIFY(check("bytes=95-", 100, K::Part, 95, 5));
    QVERIFY(check("bytes=-10", 100, K::Part, 90, 10));
    QVERIFY(check("bytes=-1000", 100, K::Part, 0, 100));
    QVERIFY(check("bytes=100-", 100, K::Unsatisfiable, 0, 0));
    QVERIFY(check("bytes=-0", 100, K::Unsatisfiable, 0, 0));
    QVERIFY(check("bytes=0-0", 0, K::Unsatisfiable, 0, 0));
    QVERIFY(check("bytes=5-1", 100, K::Whole, 0, 0));
    QVERIFY(check("bytes=0-1,5-6", 100, K::Whole, 0, 0));
    QVERIFY(check("items=0-1", 100, K::Whole, 0, 0));
    QVERIFY(check("bytes=a-b", 100, K::Whole, 0, 0));
}

void TestHttpUnits::comparesEntityTags()
{
    const auto tag = strongTagOf("{}");
    QCOMPARE(tag, strongTagOf("{}"));
    QVERIFY(tag != strongTagOf("{ }"));
    QVERIFY(ifNoneMatchHits(tag, tag));
    QVERIFY(ifNoneMatchHits("W/" + tag, tag));
    QVERIFY(ifNoneMatchHits("\"a\" ,  " + tag, tag));
    QVERIFY(ifNoneMatchHits("*", tag));
    QVERIFY(!ifNoneMatchHits("\"a\", \"b\"", tag));
    QVERIFY(!ifNoneMatchHits("", tag));
    QVERIFY(strongTagsEqual(tag, tag));
    QVERIFY(!strongTagsEqual("W/" + tag, tag));
}

QTEST_GUILESS_MAIN(TestHttpUnits)
#include "tst_http_units.moc"
