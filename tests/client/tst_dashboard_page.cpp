#include "client/app/AppContext.h"
#include "client/app/Application.h"
#include "client/dashboard/CustomPeriodDialog.h"
#include "client/dashboard/DashboardPage.h"
#include "client/dashboard/DashboardPeriod.h"
#include "client/dashboard/DashboardText.h"
#include "client/dashboard/KpiTile.h"
#include "client/dashboard/MetricsChart.h"
#include "client/widgets/Banner.h"
#include "client/widgets/StatePanel.h"

#include "CacheTestSupport.h"
#include "FakeNetwork.h"
#include "FakeNetworkApp.h"
#include "GuiDriver.h"
#include "TestAccounts.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QTest>
#include <QUrlQuery>

using namespace kp;
using namespace kp::client;
using metrics::DateSpan;
using metrics::Granularity;
using State = Session::State;

namespace {

const QString kServer = QStringLiteral("http://127.0.0.1:9");
const QString kMetrics = QStringLiteral("/api/v1/metrics");

Account customer()
{
    auto jana = approvedJana();
    jana.onboarding = AccountOnboarding {.checklistComplete = true,
                                         .checklistCompletedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC),
                                         .requiredAnswered = 4,
                                         .requiredTotal = 4};
    return jana;
}

metrics::MetricsSource source(const QString &provider, const QString &status)
{
    metrics::MetricsSource result;
    result.provider = provider;
    result.accountId
        = provider == QLatin1String("facebook") ? QStringLiteral("act_1029384756") : QStringLiteral("123-456-7890");
    result.status = status;
    result.lastSyncedAt = QDateTime(QDate(2026, 12, 2), QTime(13, 3), Qt::UTC);
    result.currency = QStringLiteral("EUR");
    result.timeZone = QStringLiteral("Europe/Berlin");
    result.attribution
        = provider == QLatin1String("facebook") ? QStringLiteral("7d_click,1d_view") : QStringLiteral("google_ads");
    return result;
}

// Every bucket of the span with `leadsPerDay` leads, 10 € and 20 clicks and 1000 impressions a
// day; the previous period as given (none for all time).
metrics::MetricsReport report(const DateSpan &span, Granularity granularity, int leadsPerDay,
                              std::optional<metrics::MetricValues> previous)
{
    metrics::MetricsReport result;
    result.currency = QStringLiteral("EUR");
    result.range = span;
    result.granularity = granularity;
    for (const auto &bucket : metrics::bucketsOf(span.start, span.end, granularity)) {
        const auto days = bucket.days();
        metrics::MetricValues values {.leadsMilli = leadsPerDay * 1000 * days,
                                      .spendMicros = 10'000'000 * days,
                                      .clicks = 20 * days,
                                      .impressions = 1000 * days};
        result.buckets.append({bucket, values});
        result.totals += values;
    }
    if (previous) {
        result.previousRange = metrics::previousPeriod(span);
        result.previous = *previous;
    }
    result.provisionalFrom = span.end.addDays(-1);
    result.sources = {source(QStringLiteral("facebook"), QStringLiteral("ok")),
                      source(QStringLiteral("google_ads"), QStringLiteral("ok"))};
    return result;
}

DateSpan lastDays(int days)
{
    const auto today = QDate::currentDate();
    return {today.addDays(1 - days), today};
}

} // namespace

// The customer's dashboard against FakeNetwork: the first page after onboarding, the period and
// granularity as the query of GET /api/v1/metrics, the tiles' figures and their change against the
// previous period, the chart's bars per granularity and the provisional ones, the stale banner, the
// empty state and the gate (409 → the checklist). And the period presets' arithmetic.
class TestDashboardPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void periodPresets_data();
    void periodPresets();
    void attributionInWords();

    void startsOnTheDashboardWithTheLast30Days();
    void periodAndGranularityAreAskedForAndShown();
    void chartHasOneBarPerBucket();
    void changesShowArrowsAgainstThePreviousPeriod();
    void allTimeHasNoChange();
    void customPeriodIsChosenInTwoCalendars();
    void staleSourceShowsAWarningNotZeros();
    void withoutSourcesSaysWhoConnectsThem();
    void onboardingIncompleteLeadsToTheChecklist();
    void errorOffersRetry();
    void opensWithTheLastFiguresWhileAskingTheServer();

private:
    void startApp();
    // Answers the next GET with `answer`, then picks `period` in the header.
    void pickPeriod(DashboardPeriod period);
    QUrlQuery lastQuery() const;
    QString tile(const char *key) const { return gui().text(QStringLiteral("kpiValue_") + QLatin1String(key)); }
    QString change(const char *key) const { return gui().text(QStringLiteral("kpiChange_") + QLatin1String(key)); }
    GuiDriver gui() const { return GuiDriver(m_app->window); }
    DashboardPage *page() const
    {
        return static_cast<DashboardPage *>(m_app->window.page(QStringLiteral("dashboard")));
    }

    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<AppContext> m_app;
};

void TestDashboardPage::initTestCase()
{
    installTranslations(QStringLiteral("en"));
}

void TestDashboardPage::init()
{
    startWithEmptyCacheFolder();
    m_network = std::make_unique<FakeNetwork>();
    m_network->answer("GET", QStringLiteral("/api/v1/me"), FakeNetwork::json(200, customer().toJson()));
    m_network->answer(
        "GET", kMetrics,
        FakeNetwork::json(200,
                          report(lastDays(30), Granularity::Day, 2,
                                 metrics::MetricValues {
                                     .leadsMilli = 50'000, .spendMicros = 300'000'000, .clicks = 600, .impressions = 0})
                              .toJson()));
}

void TestDashboardPage::startApp()
{
    m_app = launchWithStoredSession(*m_network, kServer, customer().id);
    QTRY_COMPARE(m_app->session.state(), State::Active);
    QTRY_VERIFY(page() && page()->isVisible());
    QTRY_VERIFY(page()->hasReport());
}

void TestDashboardPage::cleanup()
{
    m_app.reset();
    m_network.reset();
}

QUrlQuery TestDashboardPage::lastQuery() const
{
    const auto requests = m_network->requestsTo("GET", kMetrics);
    return requests.isEmpty() ? QUrlQuery() : QUrlQuery(requests.constLast().url);
}

void TestDashboardPage::pickPeriod(DashboardPeriod period)
{
    auto *box = gui().find<QComboBox>(QStringLiteral("dashboardPeriod"));
    const int index = box->findData(int(period));
    QVERIFY(index >= 0);
    box->setCurrentIndex(index);
    emit box->activated(index);
}

void TestDashboardPage::periodPresets_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("period");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    using P = DashboardPeriod;
    const QDate d(2026, 12, 5);
    QTest::newRow("today") << d << int(P::Today) << d << d;
    QTest::newRow("yesterday") << d << int(P::Yesterday) << QDate(2026, 12, 4) << QDate(2026, 12, 4);
    QTest::newRow("last 7 days") << d << int(P::Last7Days) << QDate(2026, 11, 29) << d;
    QTest::newRow("last 30 days") << d << int(P::Last30Days) << QDate(2026, 11, 6) << d;
    QTest::newRow("this month") << d << int(P::ThisMonth) << QDate(2026, 12, 1) << d;
    QTest::newRow("last month") << d << int(P::LastMonth) << QDate(2026, 11, 1) << QDate(2026, 11, 30);
    QTest::newRow("all time: 37 months") << d << int(P::AllTime) << QDate(2023, 11, 6) << d;
    // Year ends: the first of January looks back into December of the year before.
    const QDate newYear(2027, 1, 1);
    QTest::newRow("new year: yesterday") << newYear << int(P::Yesterday) << QDate(2026, 12, 31) << QDate(2026, 12, 31);
    QTest::newRow("new year: this month") << newYear << int(P::ThisMonth) << newYear << newYear;
    QTest::newRow("new year: last month") << newYear << int(P::LastMonth) << QDate(2026, 12, 1) << QDate(2026, 12, 31);
    QTest::newRow("new year: last 7 days") << newYear << int(P::Last7Days) << QDate(2026, 12, 26) << newYear;
    // Month ends: last month of the 31st of March is all of February.
    QTest::newRow("march 31: last month")
        << QDate(2026, 3, 31) << int(P::LastMonth) << QDate(2026, 2, 1) << QDate(2026, 2, 28);
    // Leap day.
    QTest::newRow("leap: last month") << QDate(2028, 3, 1) << int(P::LastMonth) << QDate(2028, 2, 1)
                                      << QDate(2028, 2, 29);
    QTest::newRow("leap: yesterday") << QDate(2028, 3, 1) << int(P::Yesterday) << QDate(2028, 2, 29)
                                     << QDate(2028, 2, 29);
    QTest::newRow("leap: last 30 days") << QDate(2028, 3, 1) << int(P::Last30Days) << QDate(2028, 2, 1)
                                        << QDate(2028, 3, 1);
    QTest::newRow("leap day: this month")
        << QDate(2028, 2, 29) << int(P::ThisMonth) << QDate(2028, 2, 1) << QDate(2028, 2, 29);
    QTest::newRow("leap day: all time") << QDate(2028, 2, 29) << int(P::AllTime) << QDate(2025, 1, 30)
                                        << QDate(2028, 2, 29);
}

void TestDashboardPage::periodPresets()
{
    QFETCH(QDate, today);
    QFETCH(int, period);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const auto span = periodSpan(static_cast<DashboardPeriod>(period), today);
    QCOMPARE(span.start, from);
    QCOMPARE(span.end, to);
}

void TestDashboardPage::attributionInWords()
{
    QCOMPARE(DashboardText::attribution(QStringLiteral("7d_click,1d_view")),
             QStringLiteral("7 days after click, 1 day after view"));
    QCOMPARE(DashboardText::attribution(QStringLiteral("1d_click")), QStringLiteral("1 day after click"));
    QCOMPARE(DashboardText::attribution(QStringLiteral("28d_click,1d_engaged_view")),
             QStringLiteral("28 days after click, 1 day after engaged view"));
    QCOMPARE(DashboardText::attribution(QStringLiteral("google_ads")),
             QStringLiteral("attribution as set per conversion action"));
    QCOMPARE(DashboardText::attribution(QString()), QString());
    // Something new from the platform is shown as it came, not dropped.
    QCOMPARE(DashboardText::attribution(QStringLiteral("7d_click,skan_view")),
             QStringLiteral("7 days after click, skan_view"));
}

void TestDashboardPage::startsOnTheDashboardWithTheLast30Days()
{
    startApp();
    const auto query = lastQuery();
    const auto span = lastDays(30);
    QCOMPARE(query.queryItemValue(QStringLiteral("from")), metrics::toApiDate(span.start));
    QCOMPARE(query.queryItemValue(QStringLiteral("to")), metrics::toApiDate(span.end));
    QCOMPARE(query.queryItemValue(QStringLiteral("granularity")), QStringLiteral("day"));
    // 30 days of 2 leads, 10 € (EUR, English: "€300.00"), 20 clicks, 1000 impressions.
    QCOMPARE(tile("leads"), QStringLiteral("60"));
    QCOMPARE(tile("spend"), QStringLiteral("€300.00"));
    QCOMPARE(tile("clicks"), QStringLiteral("600"));
    QCOMPARE(tile("impressions"), QStringLiteral("30,000"));
    QCOMPARE(tile("cpl"), QStringLiteral("€5.00"));
    QCOMPARE(tile("ctr"), QStringLiteral("2.00%"));
    QCOMPARE(tile("cpc"), QStringLiteral("€0.50"));
    // The small print of each source.
    const auto facebook = gui().text(QStringLiteral("smallPrint_0"));
    QVERIFY2(facebook.startsWith(QStringLiteral("Facebook · Attribution: 7 days after click, 1 day after view · "
                                                "Time zone Europe/Berlin · last updated ")),
             qPrintable(facebook));
    QVERIFY2(gui()
                 .text(QStringLiteral("smallPrint_1"))
                 .contains(QStringLiteral("Google Ads · Attribution as set per "
                                          "conversion action")),
             qPrintable(gui().text(QStringLiteral("smallPrint_1"))));
    QVERIFY(!gui().find<Banner>(QStringLiteral("dashboardStaleBanner"))->isVisible());
}

void TestDashboardPage::periodAndGranularityAreAskedForAndShown()
{
    startApp();
    const auto week = lastDays(7);
    m_network->answer("GET", kMetrics,
                      FakeNetwork::json(200, report(week, Granularity::Day, 3, std::nullopt).toJson()));
    pickPeriod(DashboardPeriod::Last7Days);
    QTRY_COMPARE(tile("leads"), QStringLiteral("21"));
    auto query = lastQuery();
    QCOMPARE(query.queryItemValue(QStringLiteral("from")), metrics::toApiDate(week.start));
    QCOMPARE(query.queryItemValue(QStringLiteral("to")), metrics::toApiDate(week.end));
    QCOMPARE(page()->chart()->pointCount(), 7);

    m_network->answer("GET", kMetrics,
                      FakeNetwork::json(200, report(week, Granularity::Total, 4, std::nullopt).toJson()));
    gui().click(QStringLiteral("granularity_total"));
    QTRY_COMPARE(tile("leads"), QStringLiteral("28"));
    query = lastQuery();
    QCOMPARE(query.queryItemValue(QStringLiteral("granularity")), QStringLiteral("total"));
    QCOMPARE(query.queryItemValue(QStringLiteral("from")), metrics::toApiDate(week.start));
    QCOMPARE(page()->chart()->pointCount(), 1);

    // Back to a selection seen before: its figures at once, and fetched again.
    const auto requests = m_network->requestsTo("GET", kMetrics).size();
    gui().click(QStringLiteral("granularity_day"));
    QCOMPARE(tile("leads"), QStringLiteral("21"));
    QTRY_COMPARE(m_network->requestsTo("GET", kMetrics).size(), requests + 1);
}

void TestDashboardPage::chartHasOneBarPerBucket()
{
    startApp();
    auto *chart = page()->chart();
    QCOMPARE(chart->pointCount(), 30);
    // The last two days are provisional (provisional_from = the day before the end).
    QCOMPARE(chart->provisionalCount(), 2);
    QVERIFY(chart->tooltipAt(29).contains(QStringLiteral("provisional")));
    QVERIFY(!chart->tooltipAt(0).contains(QStringLiteral("provisional")));
    QVERIFY2(chart->tooltipAt(0).contains(QStringLiteral("Leads: 2\nAd spend: €10.00\nClicks: 20\nImpressions: 1,000")),
             qPrintable(chart->tooltipAt(0)));

    const DashboardPeriod periods[] = {DashboardPeriod::LastMonth, DashboardPeriod::AllTime};
    for (const auto period : periods) {
        const auto span = periodSpan(period, QDate::currentDate());
        for (const auto granularity : {Granularity::Day, Granularity::Week, Granularity::Month, Granularity::Total}) {
            m_network->answer("GET", kMetrics,
                              FakeNetwork::json(200, report(span, granularity, 1, std::nullopt).toJson()));
            const auto expected = int(metrics::bucketsOf(span.start, span.end, granularity).size());
            if (page()->period() != period)
                pickPeriod(period);
            gui().click(QStringLiteral("granularity_") + metrics::granularityName(granularity));
            QTRY_COMPARE(lastQuery().queryItemValue(QStringLiteral("granularity")),
                         metrics::granularityName(granularity));
            QTRY_COMPARE(chart->pointCount(), expected);
        }
    }
    // Weeks are labelled as ISO weeks.
    QVERIFY(chart->axisLabels().isEmpty() || !chart->axisLabels().constFirst().isEmpty());
    const auto span = lastDays(28);
    m_network->answer("GET", kMetrics,
                      FakeNetwork::json(200, report(span, Granularity::Week, 1, std::nullopt).toJson()));
    page()->select(DashboardPeriod::Custom, Granularity::Week, span);
    emit page()->selectionChanged();
    QTRY_COMPARE(chart->pointCount(), int(metrics::bucketsOf(span.start, span.end, Granularity::Week).size()));
    int weekYear = 0;
    QCOMPARE(chart->axisLabels().constFirst(), QStringLiteral("Wk %1").arg(span.start.weekNumber(&weekYear)));
}

void TestDashboardPage::changesShowArrowsAgainstThePreviousPeriod()
{
    startApp();
    // Previous: 50 leads (now 60: +20 %), 300 € (same: ±0), 600 clicks (same), no impressions.
    QCOMPARE(change("leads"), QStringLiteral("▲ 20.0%"));
    QCOMPARE(gui().find<QLabel>(QStringLiteral("kpiChange_leads"))->property("tone").toString(),
             QStringLiteral("success"));
    QCOMPARE(change("spend"), QStringLiteral("±0%"));
    QCOMPARE(change("impressions"), QStringLiteral("–"));
    // Cost per lead fell from 6 € to 5 €: down, and that is good.
    QCOMPARE(change("cpl"), QStringLiteral("▼ 16.7%"));
    QCOMPARE(gui().find<QLabel>(QStringLiteral("kpiChange_cpl"))->property("tone").toString(),
             QStringLiteral("success"));
    QCOMPARE(change("ctr"), QStringLiteral("–")); // no impressions before: no rate to compare

    // Fewer leads than before: down and red.
    m_network->answer(
        "GET", kMetrics,
        FakeNetwork::json(
            200,
            report(lastDays(7), Granularity::Day, 1,
                   metrics::MetricValues {
                       .leadsMilli = 14'000, .spendMicros = 35'000'000, .clicks = 140, .impressions = 7000})
                .toJson()));
    pickPeriod(DashboardPeriod::Last7Days);
    QTRY_COMPARE(change("leads"), QStringLiteral("▼ 50.0%"));
    QCOMPARE(gui().find<QLabel>(QStringLiteral("kpiChange_leads"))->property("tone").toString(),
             QStringLiteral("danger"));
    // Cost per lead doubled (2.50 € → 10 €): up, and that is bad.
    QCOMPARE(change("cpl"), QStringLiteral("▲ 300.0%"));
    QCOMPARE(gui().find<QLabel>(QStringLiteral("kpiChange_cpl"))->property("tone").toString(),
             QStringLiteral("danger"));
}

void TestDashboardPage::allTimeHasNoChange()
{
    startApp();
    const auto all = periodSpan(DashboardPeriod::AllTime, QDate::currentDate());
    m_network->answer("GET", kMetrics,
                      FakeNetwork::json(200, report(all, Granularity::Month, 1, std::nullopt).toJson()));
    pickPeriod(DashboardPeriod::AllTime);
    // Three years of days are no chart: all time switches to months.
    QTRY_COMPARE(lastQuery().queryItemValue(QStringLiteral("granularity")), QStringLiteral("month"));
    QCOMPARE(lastQuery().queryItemValue(QStringLiteral("from")), metrics::toApiDate(all.start));
    QTRY_COMPARE(tile("leads"), DashboardText::count(all.days()));
    for (const auto *key : {"leads", "spend", "clicks", "impressions", "cpl", "ctr", "cpc"})
        QCOMPARE(change(key), QStringLiteral("–"));
}

void TestDashboardPage::customPeriodIsChosenInTwoCalendars()
{
    startApp();
    const auto requests = m_network->requestsTo("GET", kMetrics).size();
    pickPeriod(DashboardPeriod::Custom);
    auto *dialog = page()->customPeriodDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const auto today = QDate::currentDate();
    const DateSpan chosen {today.addDays(-40), today.addDays(-10)};
    dialog->findChild<QCalendarWidget *>(QStringLiteral("periodFrom"))->setSelectedDate(chosen.start);
    dialog->findChild<QCalendarWidget *>(QStringLiteral("periodTo"))->setSelectedDate(chosen.end);
    // The last day can not be before the first, nor after today.
    QCOMPARE(dialog->findChild<QCalendarWidget *>(QStringLiteral("periodTo"))->minimumDate(), chosen.start);
    QCOMPARE(dialog->findChild<QCalendarWidget *>(QStringLiteral("periodTo"))->maximumDate(), today);
    m_network->answer("GET", kMetrics,
                      FakeNetwork::json(200, report(chosen, Granularity::Day, 1, std::nullopt).toJson()));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("periodApply")), Qt::LeftButton);
    QTRY_COMPARE(m_network->requestsTo("GET", kMetrics).size(), requests + 1);
    QCOMPARE(lastQuery().queryItemValue(QStringLiteral("from")), metrics::toApiDate(chosen.start));
    QCOMPARE(lastQuery().queryItemValue(QStringLiteral("to")), metrics::toApiDate(chosen.end));
    QTRY_COMPARE(page()->chart()->pointCount(), 31);
    QCOMPARE(page()->period(), DashboardPeriod::Custom);

    // Cancelled: the period stays what it was, nothing is fetched.
    pickPeriod(DashboardPeriod::Custom);
    QTRY_VERIFY(dialog->isVisible());
    dialog->reject();
    QTest::qWait(50);
    QCOMPARE(m_network->requestsTo("GET", kMetrics).size(), requests + 1);
    QCOMPARE(page()->span(), chosen);
}

void TestDashboardPage::staleSourceShowsAWarningNotZeros()
{
    auto stale = report(lastDays(30), Granularity::Day, 2, std::nullopt);
    stale.sources[0].status = QStringLiteral("needs_token");
    m_network->answer("GET", kMetrics, FakeNetwork::json(200, stale.toJson()));
    startApp();
    auto *banner = gui().find<Banner>(QStringLiteral("dashboardStaleBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(QStringLiteral("Figures are currently not up to date (Facebook), as of ")),
             qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("2026")));
    // The figures stay as the server has them.
    QCOMPARE(tile("leads"), QStringLiteral("60"));
    // A source that is merely syncing or throttled is no warning.
    stale.sources[0].status = QStringLiteral("throttled");
    stale.sources[1].status = QStringLiteral("syncing");
    m_network->answer("GET", kMetrics, FakeNetwork::json(200, stale.toJson()));
    gui().click(QStringLiteral("granularity_week"));
    QTRY_VERIFY(!banner->isVisible());
    QVERIFY(gui().text(QStringLiteral("smallPrint_1")).contains(QStringLiteral("updating now")));
}

void TestDashboardPage::withoutSourcesSaysWhoConnectsThem()
{
    auto empty = report(lastDays(30), Granularity::Day, 0, std::nullopt);
    empty.sources.clear();
    m_network->answer("GET", kMetrics, FakeNetwork::json(200, empty.toJson()));
    m_app = launchWithStoredSession(*m_network, kServer, customer().id);
    QTRY_COMPARE(m_app->session.state(), State::Active);
    auto *state = gui().find<StatePanel>(QStringLiteral("dashboardState"));
    QTRY_COMPARE(state->title(), QStringLiteral("No ad account connected yet"));
    QVERIFY(state->isVisible());
    QVERIFY(!gui().find<KpiTile>(QStringLiteral("kpi_leads"))->isVisible());
}

void TestDashboardPage::onboardingIncompleteLeadsToTheChecklist()
{
    startApp();
    // The agency added a required item to the checklist: the server's gate closes again.
    auto reopened = customer();
    reopened.onboarding->checklistComplete = false;
    m_network->answer("GET", QStringLiteral("/api/v1/me"), FakeNetwork::json(200, reopened.toJson()));
    m_network->answer("GET", kMetrics, FakeNetwork::error(409, QStringLiteral("onboarding_incomplete")));
    gui().click(QStringLiteral("granularity_week"));
    QTRY_VERIFY(!m_app->session.account().onboarding->checklistComplete);
    QTRY_VERIFY(m_app->window.page(QStringLiteral("onboarding"))->isVisible());
    QVERIFY(!page()->isVisible());
    QCOMPARE(gui().find<QPushButton>(QStringLiteral("nav_dashboard"))->toolTip(),
             QStringLiteral("Opens once the onboarding checklist is complete."));
}

void TestDashboardPage::errorOffersRetry()
{
    m_network->answer("GET", kMetrics, FakeNetwork::error(500, QStringLiteral("internal")));
    m_app = launchWithStoredSession(*m_network, kServer, customer().id);
    QTRY_COMPARE(m_app->session.state(), State::Active);
    auto *state = gui().find<StatePanel>(QStringLiteral("dashboardState"));
    QTRY_VERIFY(state->isVisible() && !state->title().isEmpty());
    QVERIFY(!page()->hasReport());
    m_network->answer("GET", kMetrics,
                      FakeNetwork::json(200, report(lastDays(30), Granularity::Day, 2, std::nullopt).toJson()));
    emit state->retryRequested();
    QTRY_COMPARE(tile("leads"), QStringLiteral("60"));
    QVERIFY(!state->isVisible());
}

void TestDashboardPage::opensWithTheLastFiguresWhileAskingTheServer()
{
    startApp(); // the answer is kept in the account's cache
    QCOMPARE(tile("leads"), QStringLiteral("60"));
    m_app.reset();
    // Next start: the server is slow to answer; the figures of last time are there at once.
    m_network->answer("GET", kMetrics, FakeNetwork::hanging());
    m_app = launchWithStoredSession(*m_network, kServer, customer().id);
    QTRY_COMPARE(m_app->session.state(), State::Active);
    QTRY_VERIFY(page() && page()->hasReport());
    QCOMPARE(tile("leads"), QStringLiteral("60"));
    // Then the server's answer replaces them.
    m_network->release("GET", kMetrics,
                       FakeNetwork::json(200, report(lastDays(30), Granularity::Day, 3, std::nullopt).toJson()));
    QTRY_COMPARE(tile("leads"), QStringLiteral("90"));
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboard_page.moc"
