#include "server/integrations/google_ads/AdsError.h"
#include "server/integrations/google_ads/GoogleAdsConnector.h"
#include "server/integrations/google_ads/SearchStream.h"

#include "LogCapture.h"
#include "google_ads/FakeGoogleAds.h"

#include <QLoggingCategory>
#include <QTest>

#include <atomic>
#include <cmath>
#include <memory>
#include <thread>
#include <vector>

using kp::server::GoogleAdsSettings;
using kp::server::HttpAnswer;
using kp::server::googleads::GoogleAdsConnector;
using kp::server::metrics::AdAccountInfo;
using kp::server::metrics::DailyMetrics;
using kp::server::metrics::Fetched;
using kp::server::metrics::MetricValues;
using kp::server::metrics::SourceProblem;
using kp::server::metrics::SourceStatus;
using namespace std::chrono_literals;

namespace {

const QString customer = QStringLiteral("1234567890");
const QString managed = QStringLiteral("5550001111");
const QString manager = QStringLiteral("9998887777");
const QString refreshToken = QStringLiteral("1//0gFakeRefreshToken-abcdefghijklmnop");

template <class T> QString problemOf(const Fetched<T> &fetched)
{
    const auto *problem = std::get_if<SourceProblem>(&fetched);
    return problem ? kp::server::metrics::sourceStatusName(problem->status) + QLatin1Char(' ') + problem->message
                   : QString();
}

#define REQUIRE_OK(fetched)                                                                                            \
    do {                                                                                                               \
        const auto unexpected = problemOf(fetched);                                                                    \
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected));                                                        \
    } while (false)

template <class T> SourceProblem requireProblem(const Fetched<T> &fetched)
{
    const auto *problem = std::get_if<SourceProblem>(&fetched);
    return problem ? *problem : SourceProblem {SourceStatus::Ok, QStringLiteral("(read without a problem)"), {}};
}

} // namespace

// The Google Ads connector against FakeGoogleAds on loopback: exact sums over 90 days read in
// several batches, the refresh grant and its cache, a refused access token replaced once, a
// revoked grant, throttling, permission and configuration errors with what to fix, the headers
// Google needs, no answer at all, and no secret in any log line or message.
class TestGoogleAds : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void readsNinetyDaysExactlyAcrossBatches();
    void readsRevisedDaysAsTheyAreNow();
    void readsARangeWithoutDeliveryAsNoDays();
    void readsTheAccountsCurrencyAndTimeZone();
    void sendsTheDeveloperTokenAndNoLoginCustomerIdByDefault();
    void sendsTheManagerAsLoginCustomerId();
    void acceptsBothFormsOfACustomerId_data();
    void acceptsBothFormsOfACustomerId();
    void refusesWhatIsNotACustomerId_data();
    void refusesWhatIsNotACustomerId();
    void sharesOneAccessTokenBetweenReads();
    void renewsTheAccessTokenAMinuteBeforeItExpires();
    void replacesARefusedAccessTokenOnce();
    void needsATokenWhenGoogleRefusesTheNewOneToo();
    void needsATokenWhenTheRefreshTokenIsRevoked();
    void needsATokenWhenNoneIsStored();
    void namesTheConfigWhenTheOAuthClientIsRefused();
    void reportsThrottlingWithGooglesRetryDelay();
    void reportsPermissionProblemsWithWhatToFix_data();
    void reportsPermissionProblemsWithWhatToFix();
    void reportsAnUnavailableGoogleAsAnError();
    void reportsAGoogleItCannotReach();
    void reportsAStreamThatBreaksMidway();
    void namesTheProblemOfManagersAndOldDays();
    void readsBothErrorShapesAndTheRetryAfterFallbacks();
    void readsTheStreamsTypesStrictly();
    void sharesOneExchangeBetweenThreads();
    void neverLogsATokenOrTheClientSecret();

private:
    GoogleAdsSettings settings() const;
    std::unique_ptr<GoogleAdsConnector> connector(const GoogleAdsSettings &settings);
    std::unique_ptr<GoogleAdsConnector> connector() { return connector(settings()); }
    QJsonObject credentials() const { return {{QStringLiteral("refresh_token"), refreshToken}}; }
    void fillNinetyDays(const QString &customerId, QDate last);

    std::unique_ptr<FakeGoogleAds> m_ads;
    QDateTime m_now; // the connector's and the fake's clock, moved by tests
};

void TestGoogleAds::init()
{
    m_now = QDateTime(QDate(2026, 12, 5), QTime(8, 0), Qt::UTC);
    m_ads = std::make_unique<FakeGoogleAds>();
    m_ads->setClock([this] { return m_now; });
    m_ads->addRefreshToken(refreshToken);
    m_ads->addCustomer(customer, QStringLiteral("EUR"), QStringLiteral("Europe/Berlin"));
    m_ads->addCustomer(managed, QStringLiteral("CHF"), QStringLiteral("Europe/Zurich"), manager);
    QVERIFY(m_ads->start());
}

void TestGoogleAds::cleanup()
{
    m_ads.reset();
}

GoogleAdsSettings TestGoogleAds::settings() const
{
    GoogleAdsSettings settings;
    settings.clientId = m_ads->clientId();
    settings.clientSecret = m_ads->clientSecret();
    settings.developerToken = m_ads->developerToken();
    settings.adsUrl = m_ads->baseUrl();
    settings.apiVersion = QStringLiteral("v21");
    return settings;
}

std::unique_ptr<GoogleAdsConnector> TestGoogleAds::connector(const GoogleAdsSettings &settings)
{
    return std::make_unique<GoogleAdsConnector>(
        settings, m_ads->baseUrl(), [this] { return m_now; }, 5s);
}

// 90 days up to `last`: spend in odd micros, fractional conversions, some zero metrics Google
// leaves out, some days without delivery (no row), and one all-zero day (no row either).
void TestGoogleAds::fillNinetyDays(const QString &customerId, QDate last)
{
    static const double conversions[] = {0, 1, 2.5, 0.333, 1.0005, 0.1, 7, 0.6666};
    for (int i = 0; i < 90; ++i) {
        const auto day = last.addDays(-i);
        if (i % 11 == 5)
            continue; // no delivery
        FakeGoogleAds::Day values;
        if (i != 17) {                                           // day 17 had delivery recorded as all zeros
            values.costMicros = 1230000LL * (i + 1) + 7 * i + 1; // e.g. 1.230001 EUR
            values.clicks = i % 4 == 0 ? 0 : i * 3 + 1;
            values.impressions = i * 97 + 13;
            values.conversions = conversions[i % 8];
        }
        m_ads->setDay(customerId, day, values);
    }
}

void TestGoogleAds::readsNinetyDaysExactlyAcrossBatches()
{
    const QDate last(2026, 12, 4);
    const auto first = last.addDays(-89);
    fillNinetyDays(customer, last);
    auto ads = connector();
    const auto fetched = ads->dailyMetrics(QStringLiteral("123-456-7890"), credentials(), first, last);
    REQUIRE_OK(fetched);
    const auto &rows = std::get<QList<DailyMetrics>>(fetched);

    MetricValues expected;
    int daysWithDelivery = 0;
    const auto raw = m_ads->days(customer);
    for (auto it = raw.cbegin(); it != raw.cend(); ++it) {
        const auto &day = it.value();
        expected.spendMicros += day.costMicros;
        expected.clicks += day.clicks;
        expected.impressions += day.impressions;
        expected.leadsMilli += std::llround(day.conversions * 1000);
        if (day.costMicros || day.clicks || day.impressions || day.conversions != 0)
            ++daysWithDelivery;
    }
    MetricValues total;
    for (const auto &row : rows) {
        QVERIFY(row.day >= first && row.day <= last);
        total += row.values;
        const auto day = raw.value(row.day);
        QCOMPARE(row.values.spendMicros, day.costMicros);
        QCOMPARE(row.values.leadsMilli, std::llround(day.conversions * 1000));
    }
    QCOMPARE(rows.size(), daysWithDelivery);
    QVERIFY(rows.size() > 70); // several batches of 10: a reader of the first alone fails above
    QCOMPARE(total.spendMicros, expected.spendMicros);
    QCOMPARE(total.leadsMilli, expected.leadsMilli);
    QCOMPARE(total.clicks, expected.clicks);
    QCOMPARE(total.impressions, expected.impressions);
    QCOMPARE(total, expected);

    const auto searches = m_ads->searches();
    QCOMPARE(searches.size(), 1);
    QCOMPARE(searches.first().query,
             QStringLiteral("SELECT segments.date, metrics.cost_micros, metrics.clicks, metrics.impressions, "
                            "metrics.conversions FROM customer WHERE segments.date BETWEEN '2026-09-06' AND "
                            "'2026-12-04'"));
}

void TestGoogleAds::readsRevisedDaysAsTheyAreNow()
{
    const QDate day(2026, 12, 1);
    m_ads->setDay(customer, day, {500000, 2, 40, 1});
    auto ads = connector();
    auto fetched = ads->dailyMetrics(customer, credentials(), day, day);
    REQUIRE_OK(fetched);
    QCOMPARE(std::get<QList<DailyMetrics>>(fetched).first().values.leadsMilli, 1000);

    m_ads->setDay(customer, day, {450000, 2, 40, 1.75}); // late conversions, an invalid-click credit
    fetched = ads->dailyMetrics(customer, credentials(), day, day);
    REQUIRE_OK(fetched);
    const auto rows = std::get<QList<DailyMetrics>>(fetched);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().values, (MetricValues {1750, 450000, 2, 40}));
}

void TestGoogleAds::readsARangeWithoutDeliveryAsNoDays()
{
    m_ads->setDay(customer, QDate(2026, 1, 1), {100, 1, 1, 0});
    auto ads = connector();
    const auto fetched = ads->dailyMetrics(customer, credentials(), QDate(2026, 11, 1), QDate(2026, 11, 30));
    REQUIRE_OK(fetched);
    QVERIFY(std::get<QList<DailyMetrics>>(fetched).isEmpty());
}

void TestGoogleAds::readsTheAccountsCurrencyAndTimeZone()
{
    auto ads = connector();
    const auto fetched = ads->accountInfo(customer, credentials());
    REQUIRE_OK(fetched);
    const auto &info = std::get<AdAccountInfo>(fetched);
    QCOMPARE(info.currency, QStringLiteral("EUR"));
    QCOMPARE(info.timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(info.attribution, QStringLiteral("google_ads"));
    QCOMPARE(ads->provider(), QStringLiteral("google_ads"));
    QCOMPARE(ads->historyMonths(), 37);
}

void TestGoogleAds::sendsTheDeveloperTokenAndNoLoginCustomerIdByDefault()
{
    auto ads = connector();
    REQUIRE_OK(ads->accountInfo(customer, credentials()));
    const auto searches = m_ads->searches();
    QCOMPARE(searches.size(), 1);
    const auto &search = searches.first();
    QCOMPARE(search.customerId, customer);
    QCOMPARE(search.apiVersion, QStringLiteral("v21"));
    QCOMPARE(search.developerToken, m_ads->developerToken().toUtf8());
    QCOMPARE(search.authorization, "Bearer " + m_ads->issuedAccessTokens().first());
    QVERIFY(search.loginCustomerId.isEmpty());
    QCOMPARE(search.query, QStringLiteral("SELECT customer.currency_code, customer.time_zone FROM customer"));
}

void TestGoogleAds::sendsTheManagerAsLoginCustomerId()
{
    m_ads->setDay(managed, QDate(2026, 12, 1), {990000, 1, 10, 0});
    // Without the manager, Google refuses the client account.
    auto direct = connector();
    const auto refused
        = requireProblem(direct->dailyMetrics(managed, credentials(), QDate(2026, 12, 1), QDate(2026, 12, 1)));
    QCOMPARE(refused.status, SourceStatus::Error);
    QVERIFY2(refused.message.contains(QLatin1String("login_customer_id")), qPrintable(refused.message));

    auto viaManager = settings();
    viaManager.loginCustomerId = manager;
    auto ads = connector(viaManager);
    const auto fetched
        = ads->dailyMetrics(QStringLiteral("555-000-1111"), credentials(), QDate(2026, 12, 1), QDate(2026, 12, 1));
    REQUIRE_OK(fetched);
    QCOMPARE(std::get<QList<DailyMetrics>>(fetched).first().values.spendMicros, 990000);
    QCOMPARE(m_ads->searches().last().loginCustomerId, manager.toUtf8());
}

void TestGoogleAds::acceptsBothFormsOfACustomerId_data()
{
    QTest::addColumn<QString>("externalId");
    QTest::newRow("dashes") << QStringLiteral("123-456-7890");
    QTest::newRow("digits") << QStringLiteral("1234567890");
    QTest::newRow("pasted with spaces") << QStringLiteral(" 123-456-7890 ");
}

void TestGoogleAds::acceptsBothFormsOfACustomerId()
{
    QFETCH(QString, externalId);
    auto ads = connector();
    REQUIRE_OK(ads->accountInfo(externalId, credentials()));
    QCOMPARE(m_ads->searches().first().customerId, customer);
}

void TestGoogleAds::refusesWhatIsNotACustomerId_data()
{
    QTest::addColumn<QString>("externalId");
    QTest::newRow("facebook") << QStringLiteral("act_1234567890");
    QTest::newRow("misplaced dashes") << QStringLiteral("1234-567-890");
    QTest::newRow("eleven digits") << QStringLiteral("12345678901");
    QTest::newRow("nine digits") << QStringLiteral("123456789");
    QTest::newRow("empty") << QString();
    QTest::newRow("path") << QStringLiteral("../1234567890");
}

void TestGoogleAds::refusesWhatIsNotACustomerId()
{
    QFETCH(QString, externalId);
    auto ads = connector();
    const auto problem
        = requireProblem(ads->dailyMetrics(externalId, credentials(), QDate(2026, 12, 1), QDate(2026, 12, 2)));
    QCOMPARE(problem.status, SourceStatus::Error);
    QVERIFY2(problem.message.contains(QLatin1String("not a Google Ads customer id")), qPrintable(problem.message));
    QCOMPARE(m_ads->searches().size(), 0);
    QCOMPARE(m_ads->tokenRequests(), 0);
}

void TestGoogleAds::sharesOneAccessTokenBetweenReads()
{
    auto ads = connector();
    REQUIRE_OK(ads->accountInfo(customer, credentials()));
    m_now = m_now.addSecs(600);
    REQUIRE_OK(ads->dailyMetrics(customer, credentials(), QDate(2026, 11, 1), QDate(2026, 11, 30)));
    QCOMPARE(m_ads->tokenRequests(), 1);
    QCOMPARE(m_ads->searches().size(), 2);
}

void TestGoogleAds::renewsTheAccessTokenAMinuteBeforeItExpires()
{
    auto ads = connector();
    REQUIRE_OK(ads->accountInfo(customer, credentials()));
    m_now = m_now.addSecs(3599 - 61);
    REQUIRE_OK(ads->accountInfo(customer, credentials()));
    QCOMPARE(m_ads->tokenRequests(), 1);
    m_now = m_now.addSecs(2); // 59 s left: too little to send it on its way
    REQUIRE_OK(ads->accountInfo(customer, credentials()));
    QCOMPARE(m_ads->tokenRequests(), 2);
    const auto searches = m_ads->searches();
    QCOMPARE(searches.last().authorization, "Bearer " + m_ads->issuedAccessTokens().last());
}

void TestGoogleAds::replacesARefusedAccessTokenOnce()
{
    auto ads = connector();
    REQUIRE_OK(ads->accountInfo(customer, credentials()));
    m_ads->expireAccessTokens(); // Google ends the session early
    REQUIRE_OK(ads->accountInfo(customer, credentials()));
    QCOMPARE(m_ads->tokenRequests(), 2);
    QCOMPARE(m_ads->searches().size(), 3); // ok, 401, ok with the new token
    const auto issued = m_ads->issuedAccessTokens();
    QCOMPARE(m_ads->searches().last().authorization, "Bearer " + issued.last());
    QVERIFY(issued.first() != issued.last());
}

void TestGoogleAds::needsATokenWhenGoogleRefusesTheNewOneToo()
{
    auto ads = connector();
    m_ads->failNext(2, 401);
    const auto problem = requireProblem(ads->accountInfo(customer, credentials()));
    QCOMPARE(problem.status, SourceStatus::NeedsToken);
    QVERIFY2(problem.message.contains(QLatin1String("connect the account again")), qPrintable(problem.message));
    QCOMPARE(m_ads->tokenRequests(), 2);
    QCOMPARE(m_ads->searches().size(), 2); // once more, not a loop
}

void TestGoogleAds::needsATokenWhenTheRefreshTokenIsRevoked()
{
    auto ads = connector();
    REQUIRE_OK(ads->accountInfo(customer, credentials()));
    m_ads->revokeRefreshToken(refreshToken); // also ends the cached access token
    const auto problem
        = requireProblem(ads->dailyMetrics(customer, credentials(), QDate(2026, 12, 1), QDate(2026, 12, 1)));
    QCOMPARE(problem.status, SourceStatus::NeedsToken);
    QCOMPARE(problem.message,
             QStringLiteral("The Google refresh token has expired or was revoked; connect the "
                            "account again."));

    auto fresh = connector(); // nothing cached: the grant itself is refused at once
    QCOMPARE(requireProblem(fresh->accountInfo(customer, credentials())).status, SourceStatus::NeedsToken);
}

void TestGoogleAds::needsATokenWhenNoneIsStored()
{
    auto ads = connector();
    const auto problem = requireProblem(ads->accountInfo(customer, QJsonObject()));
    QCOMPARE(problem.status, SourceStatus::NeedsToken);
    QCOMPARE(m_ads->tokenRequests(), 0);
}

void TestGoogleAds::namesTheConfigWhenTheOAuthClientIsRefused()
{
    auto wrongSecret = settings();
    wrongSecret.clientSecret = QStringLiteral("GOCSPX-not-the-secret");
    auto ads = connector(wrongSecret);
    const auto problem = requireProblem(ads->accountInfo(customer, credentials()));
    QCOMPARE(problem.status, SourceStatus::Error);
    QVERIFY2(problem.message.contains(QLatin1String("[google] client_id")), qPrintable(problem.message));
    QVERIFY2(problem.message.contains(QLatin1String("client_secret")), qPrintable(problem.message));
    QVERIFY(!problem.message.contains(wrongSecret.clientSecret));
    QCOMPARE(m_ads->searches().size(), 0);
}

void TestGoogleAds::reportsThrottlingWithGooglesRetryDelay()
{
    auto ads = connector();
    m_ads->throttleNext(1, 37);
    const auto problem
        = requireProblem(ads->dailyMetrics(customer, credentials(), QDate(2026, 12, 1), QDate(2026, 12, 1)));
    QCOMPARE(problem.status, SourceStatus::Throttled);
    QCOMPARE(problem.retryAfter, 37s);
    QCOMPARE(m_ads->searches().size(), 1); // no waiting and retrying inside the connector
    REQUIRE_OK(ads->dailyMetrics(customer, credentials(), QDate(2026, 12, 1), QDate(2026, 12, 1)));
}

void TestGoogleAds::reportsPermissionProblemsWithWhatToFix_data()
{
    QTest::addColumn<int>("setup");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("user without access") << 0 << QStringLiteral("no access to customer 123-456-7890");
    QTest::newRow("customer not enabled") << 1 << QStringLiteral("not enabled");
    QTest::newRow("developer token for tests only") << 2 << QStringLiteral("apply for Basic access");
    QTest::newRow("wrong developer token") << 3 << QStringLiteral("[google] developer_token");
}

void TestGoogleAds::reportsPermissionProblemsWithWhatToFix()
{
    QFETCH(int, setup);
    QFETCH(QString, mentions);
    auto configured = settings();
    switch (setup) {
    case 0:
        m_ads->denyAccess(customer, true);
        break;
    case 1:
        m_ads->setCustomerEnabled(customer, false);
        break;
    case 2:
        m_ads->setDeveloperTokenApproved(false);
        break;
    default:
        configured.developerToken = QStringLiteral("not-the-developer-token");
    }
    auto ads = connector(configured);
    const auto problem = requireProblem(ads->accountInfo(customer, credentials()));
    QCOMPARE(problem.status, SourceStatus::Error);
    QVERIFY2(problem.message.contains(mentions), qPrintable(problem.message));
    QVERIFY(!problem.message.contains(configured.developerToken));
    QCOMPARE(m_ads->tokenRequests(), 1); // not mistaken for a refused access token
}

void TestGoogleAds::reportsAnUnavailableGoogleAsAnError()
{
    auto ads = connector();
    m_ads->failNext(1, 503);
    const auto problem = requireProblem(ads->accountInfo(customer, credentials()));
    QCOMPARE(problem.status, SourceStatus::Error);
    QVERIFY2(problem.message.contains(QLatin1String("unavailable")), qPrintable(problem.message));
}

void TestGoogleAds::reportsAGoogleItCannotReach()
{
    auto closed = std::make_unique<FakeGoogleAds>(); // a port that served a moment ago, closed now
    QVERIFY(closed->start());
    auto unreachable = settings();
    unreachable.adsUrl = closed->baseUrl();
    closed.reset();
    auto ads = connector(unreachable);
    const auto problem = requireProblem(ads->accountInfo(customer, credentials()));
    QCOMPARE(problem.status, SourceStatus::Error);
    QVERIFY2(problem.message.contains(QLatin1String("cannot reach Google")), qPrintable(problem.message));

    auto noTokens = std::make_unique<GoogleAdsConnector>(
        settings(), unreachable.adsUrl, [this] { return m_now; }, 5s);
    const auto tokenProblem = requireProblem(noTokens->accountInfo(customer, credentials()));
    QCOMPARE(tokenProblem.status, SourceStatus::Error);
    QVERIFY2(tokenProblem.message.contains(QLatin1String("cannot reach Google")), qPrintable(tokenProblem.message));
}

void TestGoogleAds::reportsAStreamThatBreaksMidway()
{
    fillNinetyDays(customer, QDate(2026, 12, 4));
    auto ads = connector();
    m_ads->breakNextStream(); // 200, ten rows, then {"error": INTERNAL}: no partial days
    const auto problem
        = requireProblem(ads->dailyMetrics(customer, credentials(), QDate(2026, 9, 6), QDate(2026, 12, 4)));
    QCOMPARE(problem.status, SourceStatus::Error);
    QVERIFY2(problem.message.contains(QLatin1String("unavailable")), qPrintable(problem.message));
    REQUIRE_OK(ads->dailyMetrics(customer, credentials(), QDate(2026, 9, 6), QDate(2026, 12, 4)));
}

void TestGoogleAds::namesTheProblemOfManagersAndOldDays()
{
    auto ads = connector();
    const auto tooOld
        = requireProblem(ads->dailyMetrics(customer, credentials(), QDate(2023, 10, 1), QDate(2023, 12, 31)));
    QCOMPARE(tooOld.status, SourceStatus::Error);
    QVERIFY2(tooOld.message.contains(QLatin1String("37 months")), qPrintable(tooOld.message));
    REQUIRE_OK(ads->dailyMetrics(customer, credentials(), QDate(2023, 11, 5), QDate(2023, 12, 31)));

    m_ads->setManagerAccount(customer, true);
    const auto managerProblem
        = requireProblem(ads->dailyMetrics(customer, credentials(), QDate(2026, 12, 1), QDate(2026, 12, 1)));
    QCOMPARE(managerProblem.status, SourceStatus::Error);
    QVERIFY2(managerProblem.message.contains(QLatin1String("manager account")), qPrintable(managerProblem.message));
}

void TestGoogleAds::readsBothErrorShapesAndTheRetryAfterFallbacks()
{
    using kp::server::googleads::adsProblem;
    using kp::server::googleads::parseAdsFailure;
    // The plain object of unary methods, RESOURCE_EXHAUSTED with 400 as an older answer had it,
    // no retryDelay but a Retry-After header.
    HttpAnswer plain;
    plain.status = 400;
    plain.body = R"({"error":{"code":400,"message":"Resource has been exhausted","status":"RESOURCE_EXHAUSTED"}})";
    plain.retryAfter = "12";
    auto problem = adsProblem(parseAdsFailure(plain), customer);
    QCOMPARE(problem.status, SourceStatus::Throttled);
    QCOMPARE(problem.retryAfter, 12s);

    plain.retryAfter.clear(); // neither: the default wait
    problem = adsProblem(parseAdsFailure(plain), customer);
    QCOMPARE(problem.retryAfter, kp::server::googleads::defaultThrottleWait);

    // Array-wrapped, a fractional Duration rounded up, and a 403 without GoogleAdsFailure.
    HttpAnswer wrapped;
    wrapped.status = 429;
    wrapped.body = R"([{"error":{"code":429,"status":"RESOURCE_EXHAUSTED","details":[{"errors":[{"errorCode":)"
                   R"({"quotaError":"RESOURCE_TEMPORARILY_EXHAUSTED"},"details":{"quotaErrorDetails":)"
                   R"({"retryDelay":"2.5s"}}}]}]}}])";
    problem = adsProblem(parseAdsFailure(wrapped), customer);
    QCOMPARE(problem.status, SourceStatus::Throttled);
    QCOMPARE(problem.retryAfter, 3s);

    HttpAnswer denied;
    denied.status = 403;
    denied.body
        = R"({"error":{"code":403,"message":"The caller does not have permission","status":"PERMISSION_DENIED"}})";
    problem = adsProblem(parseAdsFailure(denied), customer);
    QCOMPARE(problem.status, SourceStatus::Error);
    QVERIFY2(problem.message.contains(QLatin1String("123-456-7890")), qPrintable(problem.message));
}

void TestGoogleAds::readsTheStreamsTypesStrictly()
{
    using kp::server::googleads::parseDailyMetrics;
    // Whole numbers for int64 and a string for the double are taken, as proto3 parsers do; a
    // batch without results is empty; the same day twice is added up.
    const auto lenient = parseDailyMetrics(
        R"([{"results":[{"segments":{"date":"2026-12-01"},"metrics":{"costMicros":1000000,"conversions":"0.5"}}]},)"
        R"({"fieldMask":"segments.date"},)"
        R"({"results":[{"segments":{"date":"2026-12-01"},"metrics":{"clicks":"3"}}]}])");
    QVERIFY(lenient);
    QCOMPARE(lenient->size(), 1);
    QCOMPARE(lenient->first().values, (MetricValues {500, 1000000, 3, 0}));
    // Money exactly: beyond double's 53 bits.
    const auto large = parseDailyMetrics(
        R"([{"results":[{"segments":{"date":"2026-12-01"},"metrics":{"costMicros":"9007199254740993"}}]}])");
    QVERIFY(large);
    QCOMPARE(large->first().values.spendMicros, Q_INT64_C(9007199254740993));

    QVERIFY(!parseDailyMetrics(R"({"results":[]})"));                 // not an array of batches
    QVERIFY(!parseDailyMetrics(R"([{"results":[{"metrics":{}}]}])")); // no date
    QVERIFY(!parseDailyMetrics(R"([{"results":[{"segments":{"date":"2026-12-01"},"metrics":{"clicks":"-1"}}]}])"));
    QVERIFY(!parseDailyMetrics(R"([{"results":[{"segments":{"date":"2026-12-01"},"metrics":{"clicks":"2.5"}}]}])"));
    // A stream that fails after it started.
    QVERIFY(!parseDailyMetrics(R"([{"results":[]},{"error":{"code":500,"status":"INTERNAL"}}])"));
    QVERIFY(!parseDailyMetrics("<html>sign in to the wifi</html>"));
}

void TestGoogleAds::sharesOneExchangeBetweenThreads()
{
    auto ads = connector();
    std::vector<std::thread> threads;
    std::atomic<int> failures {0};
    for (int i = 0; i < 4; ++i)
        threads.emplace_back([&] {
            if (!std::holds_alternative<AdAccountInfo>(ads->accountInfo(customer, credentials())))
                ++failures;
        });
    for (auto &thread : threads)
        thread.join();
    QCOMPARE(failures.load(), 0);
    QCOMPARE(m_ads->tokenRequests(), 1); // the others waited for the first exchange
    QCOMPARE(m_ads->searches().size(), 4);
}

void TestGoogleAds::neverLogsATokenOrTheClientSecret()
{
    QStringList messages;
    const auto note = [&](const auto &fetched) { messages.append(problemOf(fetched)); };
    QStringList log;
    {
        const LogCapture capture(QStringLiteral("kp.google_ads.debug=true"));
        fillNinetyDays(customer, QDate(2026, 12, 4));
        auto ads = connector();
        note(ads->accountInfo(customer, credentials()));
        note(ads->dailyMetrics(customer, credentials(), QDate(2026, 9, 1), QDate(2026, 12, 4)));
        m_ads->expireAccessTokens();
        note(ads->accountInfo(customer, credentials()));
        m_ads->throttleNext(1, 30);
        note(ads->accountInfo(customer, credentials()));
        m_ads->failNext(2, 401);
        note(ads->accountInfo(customer, credentials()));
        auto wrongSecret = settings();
        wrongSecret.clientSecret = QStringLiteral("GOCSPX-wrong-secret-value");
        note(connector(wrongSecret)->accountInfo(customer, credentials()));
        auto wrongDeveloperToken = settings();
        wrongDeveloperToken.developerToken = QStringLiteral("wrongDevToken_XyZ987");
        note(connector(wrongDeveloperToken)->accountInfo(customer, credentials()));
        m_ads->revokeRefreshToken(refreshToken);
        note(ads->accountInfo(customer, credentials()));
        log = capture.lines();
    }

    QVERIFY(!log.isEmpty()); // the capture works: there is something to search
    QVERIFY(m_ads->issuedAccessTokens().size() >= 3);
    QStringList secrets {refreshToken, m_ads->clientSecret(), m_ads->developerToken(),
                         QStringLiteral("GOCSPX-wrong-secret-value"), QStringLiteral("wrongDevToken_XyZ987")};
    for (const auto &token : m_ads->issuedAccessTokens())
        secrets.append(QString::fromLatin1(token));
    const auto all = log.join(QLatin1Char('\n')) + QLatin1Char('\n') + messages.join(QLatin1Char('\n'));
    for (const auto &secret : secrets)
        QVERIFY2(!all.contains(secret),
                 qPrintable(QStringLiteral("a secret of %1 characters was logged").arg(secret.size())));
    QVERIFY(!all.contains(QLatin1String("ya29.")));
}

QTEST_GUILESS_MAIN(TestGoogleAds)
#include "tst_google_ads.moc"
