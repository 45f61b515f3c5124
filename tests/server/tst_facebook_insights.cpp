#include "server/integrations/facebook/FacebookConnector.h"
#include "server/integrations/facebook/GraphClient.h"

#include "facebook/FakeGraphApi.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTest>

#include <memory>
#include <vector>

using kp::metrics::MetricValues;
using kp::server::FacebookSettings;
using kp::server::facebook::FacebookConnector;
using kp::server::facebook::FacebookReadLimits;
using kp::server::metrics::AdAccountInfo;
using kp::server::metrics::DailyMetrics;
using kp::server::metrics::SourceProblem;
using kp::server::metrics::SourceStatus;
using namespace std::chrono_literals;

namespace {

const QString account = QStringLiteral("1234567890");
const QString token = QStringLiteral("EAABsecretTokenThatMustNeverBeLogged0123456789");

QStringList *capturedLog = nullptr;

// For a failed check's message: the problem, or that there was none.
template <class T> QByteArray why(const kp::server::metrics::Fetched<T> &result)
{
    const auto *problem = std::get_if<SourceProblem>(&result);
    return problem ? problem->message.toUtf8() : QByteArrayLiteral("(no problem)");
}

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (capturedLog)
        capturedLog->append(QString::fromUtf8(context.category ? context.category : "") + QLatin1Char(' ') + message);
}

// What the test itself knows about one day it gave the fake, so expectations never go through
// the parser under test.
struct RawDay {
    QDate day;
    qint64 cents = 0;
    qint64 impressions = 0;
    qint64 clicks = 0;
    int leads = 0;

    FakeGraphApi::Day wire() const
    {
        // Meta writes amounts with their cents ("12.34"); whole ones sometimes without.
        const auto spend = cents % 100 == 0
            ? QString::number(cents / 100)
            : QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
        return {spend, QString::number(impressions), QString::number(clicks), leads};
    }
    MetricValues values() const { return {leads * 1000LL, cents * 10000, clicks, impressions}; }
};

} // namespace

// The Facebook connector against FakeGraphApi on loopback: the ad account, paged and async
// insights read exactly (strings, missing rows and actions, leads without their sub-actions),
// revisions, every throttle and the usage header's backoff, the expired token, the 37-month
// limit, malformed values, an unreachable Graph API, and no token in any log line.
class TestFacebookInsights : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void readsTheAdAccountsCurrencyTimeZoneAndAttribution();
    void reportsMetasDefaultAttributionWhenTheAccountHasNone();
    void acceptsTheAccountWithOrWithoutItsPrefix();
    void refusesAnAccountIdThatIsNotOne_data();
    void refusesAnAccountIdThatIsNotOne();
    void asksWithTheDocumentedParametersAndTheTokenInAHeader();
    void followsPagingAcrossPagesToTheConfiguredBase();
    void takesOnlyPathAndQueryFromANextLinkWithoutItsToken();
    void ninetyDaysSumToTheFakesRowsExactly();
    void countsARowWithoutActionsAsNoLeads();
    void countsOnlyTheLeadActionNotItsSubActions();
    void picksUpARevisedDayOnTheNextRead();
    void reportsEachThrottleCodeWithMetasWait_data();
    void reportsEachThrottleCodeWithMetasWait();
    void waitsFiveMinutesWhenAThrottleNamesNoTime();
    void backsOffBeforeTheQuotaRunsOut();
    void carriesOnWhileTheQuotaHasRoom();
    void marksAnExpiredTokenNeedsToken();
    void marksAMissingTokenNeedsToken();
    void readsALongRangeAsAnAsyncReport();
    void readsAsAReportWhenFacebookAsksForLessData_data();
    void readsAsAReportWhenFacebookAsksForLessData();
    void reportsAFailedAsyncReport_data();
    void reportsAFailedAsyncReport();
    void givesUpOnAnAsyncReportAfterItsBudget();
    void stopsWaitingForAReportWhenTheJobStops();
    void explainsTheThirtySevenMonthLimit();
    void refusesAMalformedValue_data();
    void refusesAMalformedValue();
    void reportsAGraphApiItCannotReach();
    void reportsAServerErrorAsUnreachable();
    void passesOnMetasMessageForOtherErrors();
    void neverLogsTheToken();

private:
    std::unique_ptr<FacebookConnector> connector(int asyncAfterDays = 90, FacebookReadLimits limits = {});
    QList<RawDay> fillDays(QDate first, int count);
    kp::server::metrics::Credentials credentials() const { return {{QStringLiteral("access_token"), token}}; }
    static QMap<QDate, MetricValues> byDay(const QList<DailyMetrics> &rows);
    // The read holds exactly the days the test gave the fake, each value and the totals exact.
    static void expectRawDays(const kp::server::metrics::Fetched<QList<DailyMetrics>> &result,
                              const QList<RawDay> &days);
    static SourceProblem problemOf(const kp::server::metrics::Fetched<QList<DailyMetrics>> &result);
    QList<FakeGraphApi::Request> requestsTo(const QString &pathEnd,
                                            const QString &method = QStringLiteral("GET")) const;

    std::unique_ptr<FakeGraphApi> m_graph;
    std::vector<std::chrono::milliseconds> m_waits; // what the connector would have slept
    bool m_stopping = false;                        // the sleeper's answer: the job is stopping
    const QDate m_first = QDate(2026, 8, 1);
};

void TestFacebookInsights::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("kp.*.debug=true"));
}

void TestFacebookInsights::init()
{
    m_graph = std::make_unique<FakeGraphApi>();
    m_graph->addAccount(account, token, QStringLiteral("EUR"), QStringLiteral("Europe/Berlin"));
    m_graph->setToday(QDate(2026, 12, 5));
    QVERIFY(m_graph->start());
    m_waits.clear();
    m_stopping = false;
}

void TestFacebookInsights::cleanup()
{
    m_graph.reset();
}

std::unique_ptr<FacebookConnector> TestFacebookInsights::connector(int asyncAfterDays, FacebookReadLimits limits)
{
    FacebookSettings settings;
    settings.graphUrl = m_graph->baseUrl();
    settings.apiVersion = QStringLiteral("v21.0");
    settings.asyncAfterDays = asyncAfterDays;
    limits.timeout = 5s;
    return std::make_unique<FacebookConnector>(
        settings,
        [this](std::chrono::milliseconds wait) {
            m_waits.push_back(wait);
            return !m_stopping;
        },
        limits);
}

QList<RawDay> TestFacebookInsights::fillDays(QDate first, int count)
{
    QList<RawDay> days;
    for (int i = 0; i < count; ++i) {
        if (i % 7 == 3)
            continue; // no delivery: Meta sends no row
        RawDay day {first.addDays(i), (i * 1373 + 59) % 100000 + (i % 13 == 0 ? 100 * i : 0), 1000 + i * 31LL,
                    (i * 3) % 50, i % 4};
        m_graph->setDay(account, day.day, day.wire());
        days.append(day);
    }
    return days;
}

QMap<QDate, MetricValues> TestFacebookInsights::byDay(const QList<DailyMetrics> &rows)
{
    QMap<QDate, MetricValues> days;
    for (const auto &row : rows) {
        if (days.contains(row.day))
            qWarning("day %s came twice", qPrintable(row.day.toString(Qt::ISODate)));
        days.insert(row.day, row.values);
    }
    return days;
}

void TestFacebookInsights::expectRawDays(const kp::server::metrics::Fetched<QList<DailyMetrics>> &result,
                                         const QList<RawDay> &days)
{
    QVERIFY2(std::holds_alternative<QList<DailyMetrics>>(result), why(result).constData());
    const auto read = byDay(std::get<QList<DailyMetrics>>(result));
    QCOMPARE(read.size(), days.size());
    MetricValues expectedTotal;
    MetricValues total;
    for (const auto &day : days) {
        QVERIFY2(read.contains(day.day), qPrintable(day.day.toString(Qt::ISODate)));
        QCOMPARE(read.value(day.day), day.values());
        expectedTotal += day.values();
    }
    for (const auto &values : read)
        total += values;
    QCOMPARE(total, expectedTotal);
    QVERIFY(expectedTotal.spendMicros > 0 && expectedTotal.leadsMilli > 0);
}

SourceProblem TestFacebookInsights::problemOf(const kp::server::metrics::Fetched<QList<DailyMetrics>> &result)
{
    if (const auto *problem = std::get_if<SourceProblem>(&result))
        return *problem;
    return {SourceStatus::Ok, QStringLiteral("(read %1 rows)").arg(std::get<QList<DailyMetrics>>(result).size()), {}};
}

QList<FakeGraphApi::Request> TestFacebookInsights::requestsTo(const QString &pathEnd, const QString &method) const
{
    QList<FakeGraphApi::Request> matching;
    for (const auto &request : m_graph->requests()) {
        if (request.path.endsWith(pathEnd) && request.method == method)
            matching.append(request);
    }
    return matching;
}

void TestFacebookInsights::readsTheAdAccountsCurrencyTimeZoneAndAttribution()
{
    m_graph->addAccount(QStringLiteral("555"), token, QStringLiteral("CHF"), QStringLiteral("Europe/Zurich"));
    m_graph->setAttributionSpec(QStringLiteral("555"),
                                QJsonDocument::fromJson(R"([{"event_type":"CLICK_THROUGH","window_days":28},
                                                             {"event_type":"VIEW_THROUGH","window_days":1},
                                                             {"event_type":"ENGAGED_VIDEO_VIEW","window_days":1}])")
                                    .array());
    const auto info = connector()->accountInfo(QStringLiteral("act_555"), credentials());
    QVERIFY2(std::holds_alternative<AdAccountInfo>(info), why(info).constData());
    const auto &read = std::get<AdAccountInfo>(info);
    QCOMPARE(read.currency, QStringLiteral("CHF"));
    QCOMPARE(read.timeZone, QStringLiteral("Europe/Zurich"));
    QCOMPARE(read.attribution, QStringLiteral("28d_click,1d_view,1d_engaged_view"));

    const auto requests = m_graph->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().path, QStringLiteral("/v21.0/act_555"));
    const auto fields = requests.first().params.value(QStringLiteral("fields")).split(QLatin1Char(','));
    for (const auto *field : {"currency", "timezone_name", "account_status", "attribution_spec"})
        QVERIFY2(fields.contains(QLatin1String(field)), field);
}

void TestFacebookInsights::reportsMetasDefaultAttributionWhenTheAccountHasNone()
{
    const auto info = connector()->accountInfo(QStringLiteral("act_") + account, credentials());
    QVERIFY(std::holds_alternative<AdAccountInfo>(info));
    QCOMPARE(std::get<AdAccountInfo>(info).attribution, QStringLiteral("7d_click,1d_view"));
    QCOMPARE(std::get<AdAccountInfo>(info).currency, QStringLiteral("EUR"));
}

void TestFacebookInsights::acceptsTheAccountWithOrWithoutItsPrefix()
{
    fillDays(m_first, 3);
    auto facebook = connector();
    const auto withPrefix
        = facebook->dailyMetrics(QStringLiteral("act_") + account, credentials(), m_first, m_first.addDays(2));
    const auto digitsOnly = facebook->dailyMetrics(account, credentials(), m_first, m_first.addDays(2));
    QVERIFY(std::holds_alternative<QList<DailyMetrics>>(withPrefix));
    QVERIFY(std::holds_alternative<QList<DailyMetrics>>(digitsOnly));
    QCOMPARE(byDay(std::get<QList<DailyMetrics>>(withPrefix)), byDay(std::get<QList<DailyMetrics>>(digitsOnly)));
    QCOMPARE(std::get<QList<DailyMetrics>>(digitsOnly).size(), 3);
    for (const auto &request : m_graph->requests())
        QCOMPARE(request.path, QStringLiteral("/v21.0/act_1234567890/insights"));
}

void TestFacebookInsights::refusesAnAccountIdThatIsNotOne_data()
{
    QTest::addColumn<QString>("externalId");
    QTest::newRow("empty") << QString();
    QTest::newRow("letters") << QStringLiteral("act_12ab");
    QTest::newRow("path") << QStringLiteral("act_1/../../me");
    QTest::newRow("other prefix") << QStringLiteral("acct_123");
    QTest::newRow("google ads id") << QStringLiteral("123-456-7890");
}

void TestFacebookInsights::refusesAnAccountIdThatIsNotOne()
{
    QFETCH(QString, externalId);
    auto facebook = connector();
    const auto info = facebook->accountInfo(externalId, credentials());
    QVERIFY(std::holds_alternative<SourceProblem>(info));
    QCOMPARE(std::get<SourceProblem>(info).status, SourceStatus::Error);
    QVERIFY(std::get<SourceProblem>(info).message.contains(QLatin1String("act_1234567890")));
    const auto rows = facebook->dailyMetrics(externalId, credentials(), m_first, m_first);
    QCOMPARE(problemOf(rows).status, SourceStatus::Error);
    QVERIFY(m_graph->requests().isEmpty());
}

void TestFacebookInsights::asksWithTheDocumentedParametersAndTheTokenInAHeader()
{
    fillDays(m_first, 10);
    const auto rows = connector()->dailyMetrics(account, credentials(), m_first, m_first.addDays(9));
    QVERIFY(std::holds_alternative<QList<DailyMetrics>>(rows));
    const auto requests = m_graph->requests();
    QCOMPARE(requests.size(), 1);
    const auto &params = requests.first().params;
    QCOMPARE(params.value(QStringLiteral("level")), QStringLiteral("account"));
    QCOMPARE(params.value(QStringLiteral("time_increment")), QStringLiteral("1"));
    QCOMPARE(params.value(QStringLiteral("use_unified_attribution_setting")), QStringLiteral("true"));
    QCOMPARE(params.value(QStringLiteral("fields")),
             QStringLiteral("spend,impressions,clicks,actions,account_currency"));
    const auto range = QJsonDocument::fromJson(params.value(QStringLiteral("time_range")).toUtf8()).object();
    QCOMPARE(range.value(QStringLiteral("since")).toString(), QStringLiteral("2026-08-01"));
    QCOMPARE(range.value(QStringLiteral("until")).toString(), QStringLiteral("2026-08-10"));
    QVERIFY(params.contains(QStringLiteral("limit")));
    QVERIFY(!params.contains(QStringLiteral("access_token")));
    QCOMPARE(requests.first().authorization, QStringLiteral("Bearer ") + token);
}

void TestFacebookInsights::followsPagingAcrossPagesToTheConfiguredBase()
{
    const auto days = fillDays(m_first, 30); // 26 rows with delivery
    FacebookReadLimits limits;
    limits.pageSize = 10;
    const auto rows = connector(90, limits)->dailyMetrics(account, credentials(), m_first, m_first.addDays(29));
    QVERIFY2(std::holds_alternative<QList<DailyMetrics>>(rows), qPrintable(problemOf(rows).message));
    QCOMPARE(std::get<QList<DailyMetrics>>(rows).size(), days.size());
    // Three pages, all at the fake although Meta's next links point at graph.facebook.com; the
    // later ones carry the cursor from the link and keep the original parameters.
    const auto requests = m_graph->requests();
    QCOMPARE(requests.size(), 3);
    QVERIFY(!requests.at(0).params.contains(QStringLiteral("after")));
    for (int i = 1; i < requests.size(); ++i) {
        QVERIFY(requests.at(i).params.contains(QStringLiteral("after")));
        QCOMPARE(requests.at(i).params.value(QStringLiteral("time_range")),
                 requests.at(0).params.value(QStringLiteral("time_range")));
        QCOMPARE(requests.at(i).params.value(QStringLiteral("limit")), QStringLiteral("10"));
        QCOMPARE(requests.at(i).authorization, QStringLiteral("Bearer ") + token);
    }
}

void TestFacebookInsights::takesOnlyPathAndQueryFromANextLinkWithoutItsToken()
{
    using kp::server::facebook::GraphClient;
    // Meta repeats the token in its next links when it came as access_token=.
    const auto next = GraphClient::nextPage(
        QStringLiteral("https://graph.facebook.com/v21.0/act_1/insights?access_token=EAABxyz&fields=spend%2Cclicks"
                       "&time_range=%7B%22since%22%3A%222026-01-01%22%7D&limit=25&after=MjQZD"));
    QVERIFY(next);
    QCOMPARE(next->first, QByteArray("/v21.0/act_1/insights"));
    QCOMPARE(next->second,
             QByteArray("fields=spend%2Cclicks&time_range=%7B%22since%22%3A%222026-01-01%22%7D&limit=25&after=MjQZD"));
    QVERIFY(!GraphClient::nextPage(QStringLiteral("ftp://graph.facebook.com/v21.0/act_1/insights")));
    QVERIFY(!GraphClient::nextPage(QStringLiteral("not a url")));
}

void TestFacebookInsights::ninetyDaysSumToTheFakesRowsExactly()
{
    const auto days = fillDays(m_first, 90);
    FacebookReadLimits limits;
    limits.pageSize = 25;
    expectRawDays(connector(90, limits)->dailyMetrics(account, credentials(), m_first, m_first.addDays(89)), days);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(requestsTo(QStringLiteral("/insights")).size(), 4); // 77 rows, 25 a page
}

void TestFacebookInsights::countsARowWithoutActionsAsNoLeads()
{
    m_graph->setDay(account, m_first, {QStringLiteral("4.20"), QStringLiteral("700"), QStringLiteral("9"), 0});
    const auto rows = connector()->dailyMetrics(account, credentials(), m_first, m_first);
    QVERIFY(std::holds_alternative<QList<DailyMetrics>>(rows));
    const auto read = std::get<QList<DailyMetrics>>(rows);
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.first().values, (MetricValues {0, 4200000, 9, 700}));
}

void TestFacebookInsights::countsOnlyTheLeadActionNotItsSubActions()
{
    m_graph->setDay(account, m_first, {QStringLiteral("50.00"), QStringLiteral("2000"), QStringLiteral("40"), 7});
    m_graph->setDay(account, m_first.addDays(1),
                    {QStringLiteral("1.00"), QStringLiteral("20"), QStringLiteral("1"), 1});
    const auto rows = connector()->dailyMetrics(account, credentials(), m_first, m_first.addDays(1));
    QVERIFY(std::holds_alternative<QList<DailyMetrics>>(rows));
    const auto read = byDay(std::get<QList<DailyMetrics>>(rows));
    QCOMPARE(read.value(m_first).leadsMilli, 7000);
    QCOMPARE(read.value(m_first.addDays(1)).leadsMilli, 1000);
}

void TestFacebookInsights::picksUpARevisedDayOnTheNextRead()
{
    fillDays(m_first, 5);
    auto facebook = connector();
    const auto before = byDay(
        std::get<QList<DailyMetrics>>(facebook->dailyMetrics(account, credentials(), m_first, m_first.addDays(4))));
    m_graph->setDay(account, m_first.addDays(1),
                    {QStringLiteral("99.99"), QStringLiteral("5000"), QStringLiteral("77"), 12});
    m_graph->setDay(account, m_first.addDays(3), {QStringLiteral("0.01"), QStringLiteral("1"), QStringLiteral("0"), 0});
    const auto after = byDay(
        std::get<QList<DailyMetrics>>(facebook->dailyMetrics(account, credentials(), m_first, m_first.addDays(4))));
    QVERIFY(before.value(m_first.addDays(1)) != after.value(m_first.addDays(1)));
    QCOMPARE(after.value(m_first.addDays(1)), (MetricValues {12000, 99990000, 77, 5000}));
    QVERIFY(!before.contains(m_first.addDays(3)));
    QCOMPARE(after.value(m_first.addDays(3)), (MetricValues {0, 10000, 0, 1}));
    QCOMPARE(after.value(m_first), before.value(m_first));
}

void TestFacebookInsights::reportsEachThrottleCodeWithMetasWait_data()
{
    QTest::addColumn<int>("code");
    QTest::newRow("4 app") << 4;
    QTest::newRow("17 user") << 17;
    QTest::newRow("613 ad account") << 613;
    QTest::newRow("80000 ads_insights") << 80000;
    QTest::newRow("80004 ads_management") << 80004;
}

void TestFacebookInsights::reportsEachThrottleCodeWithMetasWait()
{
    QFETCH(int, code);
    fillDays(m_first, 3);
    m_graph->failNext(1, FakeGraphApi::throttle(code, 12));
    auto facebook = connector();
    const auto problem = problemOf(facebook->dailyMetrics(account, credentials(), m_first, m_first.addDays(2)));
    QCOMPARE(problem.status, SourceStatus::Throttled);
    QCOMPARE(problem.retryAfter, std::chrono::seconds(12 * 60));
    QVERIFY2(problem.message.contains(QString::number(code)), qPrintable(problem.message));
    QCOMPARE(m_graph->requests().size(), 1); // not retried on the spot: the sync job comes back later
    QVERIFY(m_waits.empty());

    m_graph->failNext(1, FakeGraphApi::throttle(code, 3));
    const auto info = facebook->accountInfo(account, credentials());
    QVERIFY(std::holds_alternative<SourceProblem>(info));
    QCOMPARE(std::get<SourceProblem>(info).status, SourceStatus::Throttled);
    QCOMPARE(std::get<SourceProblem>(info).retryAfter, std::chrono::seconds(180));
}

void TestFacebookInsights::waitsFiveMinutesWhenAThrottleNamesNoTime()
{
    m_graph->failNext(1, FakeGraphApi::throttle(17, -1)); // no usage header at all
    const auto problem = problemOf(connector()->dailyMetrics(account, credentials(), m_first, m_first));
    QCOMPARE(problem.status, SourceStatus::Throttled);
    QCOMPARE(problem.retryAfter, std::chrono::seconds(300));
}

void TestFacebookInsights::backsOffBeforeTheQuotaRunsOut()
{
    fillDays(m_first, 60);
    FacebookReadLimits limits;
    limits.pageSize = 10;
    m_graph->setUsage(96, 7);
    auto facebook = connector(90, limits);
    const auto problem = problemOf(facebook->dailyMetrics(account, credentials(), m_first, m_first.addDays(59)));
    QCOMPARE(problem.status, SourceStatus::Throttled);
    QCOMPARE(problem.retryAfter, std::chrono::seconds(7 * 60));
    QCOMPARE(m_graph->requests().size(), 1); // no further page asked for

    m_graph->setUsage(95, 0); // at the mark, and Meta names no time yet
    const auto info = facebook->accountInfo(account, credentials());
    QVERIFY(std::holds_alternative<SourceProblem>(info));
    QCOMPARE(std::get<SourceProblem>(info).status, SourceStatus::Throttled);
    QCOMPARE(std::get<SourceProblem>(info).retryAfter, std::chrono::seconds(300));
}

void TestFacebookInsights::carriesOnWhileTheQuotaHasRoom()
{
    const auto days = fillDays(m_first, 60);
    FacebookReadLimits limits;
    limits.pageSize = 10;
    m_graph->setUsage(94, 0);
    const auto rows = connector(90, limits)->dailyMetrics(account, credentials(), m_first, m_first.addDays(59));
    QVERIFY2(std::holds_alternative<QList<DailyMetrics>>(rows), qPrintable(problemOf(rows).message));
    QCOMPARE(std::get<QList<DailyMetrics>>(rows).size(), days.size());
    m_graph->setUsage(-1); // and without the header at all
    QVERIFY(std::holds_alternative<AdAccountInfo>(connector()->accountInfo(account, credentials())));
}

void TestFacebookInsights::marksAnExpiredTokenNeedsToken()
{
    m_graph->expireToken(token);
    auto facebook = connector();
    const auto problem = problemOf(facebook->dailyMetrics(account, credentials(), m_first, m_first));
    QCOMPARE(problem.status, SourceStatus::NeedsToken);
    QCOMPARE(problem.message, QStringLiteral("The Facebook access token has expired or was revoked; enter a new one."));
    const auto info = facebook->accountInfo(account, credentials());
    QVERIFY(std::holds_alternative<SourceProblem>(info));
    QCOMPARE(std::get<SourceProblem>(info).status, SourceStatus::NeedsToken);
}

void TestFacebookInsights::marksAMissingTokenNeedsToken()
{
    const auto problem = problemOf(connector()->dailyMetrics(account, {}, m_first, m_first));
    QCOMPARE(problem.status, SourceStatus::NeedsToken);
    QVERIFY(m_graph->requests().isEmpty());
}

void TestFacebookInsights::readsALongRangeAsAnAsyncReport()
{
    const auto days = fillDays(m_first, 60);
    m_graph->setReportRuns(4);
    FacebookReadLimits limits;
    limits.reportPageSize = 20;
    expectRawDays(connector(30, limits)->dailyMetrics(account, credentials(), m_first, m_first.addDays(59)), days);
    if (QTest::currentTestFailed())
        return;

    const auto started = requestsTo(QStringLiteral("act_1234567890/insights"), QStringLiteral("POST"));
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().params.value(QStringLiteral("level")), QStringLiteral("account"));
    QCOMPARE(started.first().params.value(QStringLiteral("time_increment")), QStringLiteral("1"));
    QCOMPARE(started.first().params.value(QStringLiteral("use_unified_attribution_setting")), QStringLiteral("true"));
    QCOMPARE(started.first().authorization, QStringLiteral("Bearer ") + token);
    QVERIFY(requestsTo(QStringLiteral("act_1234567890/insights")).isEmpty()); // no paged GET besides
    // Polled until "Job Completed", past the poll that already read 100 percent; waits growing.
    int polls = 0;
    for (const auto &request : m_graph->requests())
        polls += request.path.count(QLatin1Char('/')) == 2 && !request.path.contains(QLatin1String("act_")) ? 1 : 0;
    QCOMPARE(polls, 4);
    QCOMPARE(m_waits, (std::vector<std::chrono::milliseconds> {2000ms, 4000ms, 8000ms}));
    const auto results = requestsTo(QStringLiteral("/insights"));
    QCOMPARE(results.size(), 3); // 52 rows, 20 a page
    for (const auto &request : results)
        QVERIFY(!request.path.contains(QLatin1String("act_")));
}

void TestFacebookInsights::readsAsAReportWhenFacebookAsksForLessData_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("subcode");
    QTest::newRow("1/99 reduce the data") << 500 << 1 << 99;
    QTest::newRow("100/1487534 too much data") << 400 << 100 << 1487534;
}

void TestFacebookInsights::readsAsAReportWhenFacebookAsksForLessData()
{
    QFETCH(int, httpStatus);
    QFETCH(int, code);
    QFETCH(int, subcode);
    const auto days = fillDays(m_first, 20);
    m_graph->failNext(1,
                      {httpStatus, code, subcode,
                       QStringLiteral("Please reduce the amount of data you're asking for, then retry your request"),
                       -1});
    expectRawDays(connector()->dailyMetrics(account, credentials(), m_first, m_first.addDays(19)), days);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(requestsTo(QStringLiteral("act_1234567890/insights"), QStringLiteral("POST")).size(), 1);
}

void TestFacebookInsights::reportsAFailedAsyncReport_data()
{
    QTest::addColumn<QString>("status");
    QTest::newRow("failed") << QStringLiteral("Job Failed");
    QTest::newRow("skipped") << QStringLiteral("Job Skipped");
}

void TestFacebookInsights::reportsAFailedAsyncReport()
{
    QFETCH(QString, status);
    fillDays(m_first, 60);
    m_graph->setReportRuns(2, status);
    const auto problem = problemOf(connector(30)->dailyMetrics(account, credentials(), m_first, m_first.addDays(59)));
    QCOMPARE(problem.status, SourceStatus::Error);
    QVERIFY2(problem.message.contains(status), qPrintable(problem.message));
    QVERIFY(requestsTo(QStringLiteral("/insights")).isEmpty()); // no rows read from a failed run
}

void TestFacebookInsights::givesUpOnAnAsyncReportAfterItsBudget()
{
    fillDays(m_first, 60);
    m_graph->setReportRuns(1000);
    FacebookReadLimits limits;
    limits.poll.budget = 60s;
    const auto problem
        = problemOf(connector(30, limits)->dailyMetrics(account, credentials(), m_first, m_first.addDays(59)));
    QCOMPARE(problem.status, SourceStatus::Error);
    QVERIFY2(problem.message.contains(QLatin1String("too long")), qPrintable(problem.message));
    std::chrono::milliseconds waited {0};
    for (const auto wait : m_waits)
        waited += wait;
    QVERIFY(waited <= 60s);
    QVERIFY(waited >= 30s);
}

void TestFacebookInsights::stopsWaitingForAReportWhenTheJobStops()
{
    fillDays(m_first, 60);
    m_graph->setReportRuns(5);
    m_stopping = true;
    const auto problem = problemOf(connector(30)->dailyMetrics(account, credentials(), m_first, m_first.addDays(59)));
    QCOMPARE(problem.status, SourceStatus::Error);
    QCOMPARE(m_waits.size(), std::size_t(1));
    QVERIFY(requestsTo(QStringLiteral("/insights")).isEmpty());
}

void TestFacebookInsights::explainsTheThirtySevenMonthLimit()
{
    const QDate today(2026, 12, 5);
    const auto from = today.addMonths(-38);
    auto problem = problemOf(connector()->dailyMetrics(account, credentials(), from, from.addDays(10)));
    QCOMPARE(problem.status, SourceStatus::Error);
    QVERIFY2(problem.message.contains(QLatin1String("37 months")), qPrintable(problem.message));
    // The same through an async report run.
    problem = problemOf(connector(5)->dailyMetrics(account, credentials(), from, from.addDays(10)));
    QCOMPARE(problem.status, SourceStatus::Error);
    QVERIFY2(problem.message.contains(QLatin1String("37 months")), qPrintable(problem.message));
    // Exactly 37 months back is still served.
    const auto edge = today.addMonths(-37);
    m_graph->setDay(account, edge, {QStringLiteral("1.00"), QStringLiteral("1"), QStringLiteral("1"), 0});
    const auto rows = connector()->dailyMetrics(account, credentials(), edge, edge.addDays(1));
    QVERIFY2(std::holds_alternative<QList<DailyMetrics>>(rows), qPrintable(problemOf(rows).message));
    QCOMPARE(std::get<QList<DailyMetrics>>(rows).size(), 1);
}

void TestFacebookInsights::refusesAMalformedValue_data()
{
    QTest::addColumn<QString>("spend");
    QTest::addColumn<QString>("impressions");
    QTest::addColumn<QString>("clicks");
    QTest::addColumn<QString>("field");
    QTest::newRow("decimal comma") << QStringLiteral("12,34") << QStringLiteral("1") << QStringLiteral("1")
                                   << QStringLiteral("spend");
    QTest::newRow("words") << QStringLiteral("n/a") << QStringLiteral("1") << QStringLiteral("1")
                           << QStringLiteral("spend");
    QTest::newRow("exponent") << QStringLiteral("1.00") << QStringLiteral("1e3") << QStringLiteral("1")
                              << QStringLiteral("impressions");
    QTest::newRow("negative") << QStringLiteral("1.00") << QStringLiteral("1") << QStringLiteral("-4")
                              << QStringLiteral("clicks");
    QTest::newRow("fraction") << QStringLiteral("1.00") << QStringLiteral("1") << QStringLiteral("2.5")
                              << QStringLiteral("clicks");
    QTest::newRow("empty") << QString() << QStringLiteral("1") << QStringLiteral("1") << QStringLiteral("spend");
}

void TestFacebookInsights::refusesAMalformedValue()
{
    QFETCH(QString, spend);
    QFETCH(QString, impressions);
    QFETCH(QString, clicks);
    QFETCH(QString, field);
    fillDays(m_first, 5);
    m_graph->setDay(account, m_first.addDays(2), {spend, impressions, clicks, 1});
    const auto problem = problemOf(connector()->dailyMetrics(account, credentials(), m_first, m_first.addDays(4)));
    QCOMPARE(problem.status, SourceStatus::Error);
    QVERIFY2(problem.message.contains(field), qPrintable(problem.message));
    QVERIFY2(problem.message.contains(QLatin1String("2026-08-03")), qPrintable(problem.message));
}

void TestFacebookInsights::reportsAGraphApiItCannotReach()
{
    auto facebook = connector();
    m_graph->stop();
    const auto problem = problemOf(facebook->dailyMetrics(account, credentials(), m_first, m_first));
    QCOMPARE(problem.status, SourceStatus::Error);
    QVERIFY2(problem.message.startsWith(QLatin1String("Facebook could not be reached")), qPrintable(problem.message));
    const auto info = facebook->accountInfo(account, credentials());
    QVERIFY(std::holds_alternative<SourceProblem>(info));
    QVERIFY(std::get<SourceProblem>(info).message.startsWith(QLatin1String("Facebook could not be reached")));
}

void TestFacebookInsights::reportsAServerErrorAsUnreachable()
{
    m_graph->failNext(1, {500, 2, 1504043, QStringLiteral("Service temporarily unavailable"), -1});
    const auto problem = problemOf(connector()->dailyMetrics(account, credentials(), m_first, m_first));
    QCOMPARE(problem.status, SourceStatus::Error);
    QVERIFY2(problem.message.contains(QLatin1String("could not be reached (HTTP 500)")), qPrintable(problem.message));
}

void TestFacebookInsights::passesOnMetasMessageForOtherErrors()
{
    m_graph->failNext(1,
                      {400, 10, 0, QStringLiteral("(#10) Application does not have permission for this action"), -1});
    const auto problem = problemOf(connector()->dailyMetrics(account, credentials(), m_first, m_first));
    QCOMPARE(problem.status, SourceStatus::Error);
    QVERIFY2(problem.message.contains(QLatin1String("(#10) Application does not have permission for this action")),
             qPrintable(problem.message));
    QVERIFY(!problem.message.contains(QLatin1String("fbtrace_id")));

    // An ad account the token may not read: Meta's "does not exist" message, not a crash.
    const auto info = connector()->accountInfo(QStringLiteral("act_999"), credentials());
    QVERIFY(std::holds_alternative<SourceProblem>(info));
    QVERIFY(std::get<SourceProblem>(info).message.contains(QLatin1String("act_999")));

    // Should Meta ever quote the token, it is cut out.
    m_graph->failNext(1, {400, 100, 0, QStringLiteral("Invalid parameter near %1").arg(token), -1});
    const auto quoted = problemOf(connector()->dailyMetrics(account, credentials(), m_first, m_first));
    QVERIFY(!quoted.message.contains(token));
    QVERIFY(quoted.message.contains(QLatin1String("Invalid parameter near")));
}

void TestFacebookInsights::neverLogsTheToken()
{
    QStringList log;
    capturedLog = &log;
    const auto previous = qInstallMessageHandler(captureMessage);
    QList<SourceProblem> problems;
    {
        fillDays(m_first, 60);
        FacebookReadLimits limits;
        limits.pageSize = 10;
        auto facebook = connector(30, limits);
        facebook->accountInfo(account, credentials());
        facebook->dailyMetrics(account, credentials(), m_first, m_first.addDays(20));
        facebook->dailyMetrics(account, credentials(), m_first, m_first.addDays(59)); // async
        m_graph->failNext(1, FakeGraphApi::throttle(80004, 2));
        problems.append(problemOf(facebook->dailyMetrics(account, credentials(), m_first, m_first)));
        m_graph->setDay(account, m_first, {QStringLiteral("x"), QStringLiteral("1"), QStringLiteral("1"), 0});
        problems.append(problemOf(facebook->dailyMetrics(account, credentials(), m_first, m_first)));
        m_graph->expireToken(token);
        problems.append(problemOf(facebook->dailyMetrics(account, credentials(), m_first, m_first)));
        m_graph->stop();
        problems.append(problemOf(facebook->dailyMetrics(account, credentials(), m_first, m_first)));
    }
    qInstallMessageHandler(previous);
    capturedLog = nullptr;
    QVERIFY2(log.size() >= 10, qPrintable(log.join(QLatin1Char('\n'))));
    QVERIFY(log.filter(QStringLiteral("kp.facebook")).size() == log.size());
    for (const auto &line : std::as_const(log))
        QVERIFY2(!line.contains(token) && !line.contains(QLatin1String("EAAB")), qPrintable(line));
    for (const auto &problem : std::as_const(problems)) {
        QVERIFY(problem.status != SourceStatus::Ok);
        QVERIFY2(!problem.message.contains(QLatin1String("EAAB")), qPrintable(problem.message));
    }
}

QTEST_GUILESS_MAIN(TestFacebookInsights)
#include "tst_facebook_insights.moc"
