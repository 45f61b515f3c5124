#include "client/app/AppContext.h"
#include "client/app/Application.h"
#include "client/dashboard/DashboardPeriod.h"
#include "client/widgets/Banner.h"

#include "FakeGoogleAdsServer.h"
#include "FakeGraphApiServer.h"
#include "FlowShots.h"
#include "GuiDriver.h"
#include "LaunchApp.h"
#include "ServerFixture.h"

#include <QComboBox>
#include <QDialog>
#include <QJsonDocument>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace kp::client;

// The dashboard as the "Done means" tries it, through the real widgets, the real server,
// the fake Graph API and the fake Google Ads holding 90 days each: an admin connects the
// customer's Facebook ad account in "Werbekonten" (and their Google Ads account); the sync fills
// the database; the customer's dashboard shows the totals both platforms hold for each period and
// granularity; the Facebook token expires and the dashboard says its numbers are not current.
// With KP_FLOW_SHOTS set to a folder, the windows are saved there at each step, to look at.
class TestDashboardFlow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void anAdminConnectsAnAccountAndTheCustomerSeesItsNumbers();

private:
    struct Totals {
        qint64 leads = 0;
        qint64 clicks = 0;
        qint64 impressions = 0;
    };
    Totals expected(const kp::metrics::DateSpan &span) const;
    QString status(const QString &customerId, const QString &provider);
    static QString currentPage(AppContext &app)
    {
        return GuiDriver(app.window).find<QStackedWidget>(QStringLiteral("contentArea"))->currentWidget()->objectName();
    }
    static void pickPeriod(AppContext &app, DashboardPeriod period)
    {
        // As a person picks it: the list's item, then activated (the page does not react to
        // the index changing in code).
        auto *box = GuiDriver(app.window).find<QComboBox>(QStringLiteral("dashboardPeriod"));
        const int index = box->findData(int(period));
        box->setCurrentIndex(index);
        emit box->activated(index);
    }

    static void shoot(AppContext &app, const char *name) { saveFlowShot(app.window, name); }

    FakeGraphApi m_graph;
    FakeGoogleAds m_ads;
    ServerFixture m_fixture;
    QMap<QDate, Totals> m_days; // both platforms together
};

static const QString kPassword = QStringLiteral("correct horse battery");
static const QString kToken = QStringLiteral("EAABsbCS1iHgBAe2eDashboardToken0123456789");
static const QString kRefreshToken = QStringLiteral("1//0gE2eDashboardRefreshToken-abcdefghij");

void TestDashboardFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QStringLiteral("en"));
    m_graph.addAccount(QStringLiteral("1029384756"), kToken);
    m_graph.setReportRuns(1);
    m_ads.addRefreshToken(kRefreshToken);
    m_ads.addCustomer(QStringLiteral("1234567890"), QStringLiteral("EUR"), QStringLiteral("Europe/Berlin"));
    // 90 days up to the account's today, a few without delivery.
    const auto today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Berlin")).date();
    for (int back = 0; back < 90; ++back) {
        if (back % 11 == 5)
            continue;
        const Totals day {back % 4, 20 + back % 37, 900 + 13 * back};
        const auto date = today.addDays(-back);
        m_days.insert(date, day);
        m_graph.setDay(QStringLiteral("1029384756"), date,
                       {QStringLiteral("%1.%2").arg(10 + back % 9).arg(back % 100, 2, 10, QLatin1Char('0')),
                        QString::number(day.impressions), QString::number(day.clicks), int(day.leads)});
        // Google Ads on the same days: 2 conversions, 7 clicks, 300 impressions, 4.20 €.
        m_ads.setDay(QStringLiteral("1234567890"), date, {4200000, 7, 300, 2.0});
        m_days[date].leads += 2;
        m_days[date].clicks += 7;
        m_days[date].impressions += 300;
    }
    QVERIFY(m_graph.start());
    QVERIFY(m_ads.start());
    auto settings = fakeGraphApiSettings(m_graph);
    settings.insert(fakeGoogleAdsSettings(m_ads));
    settings.insert(QStringLiteral("sync/metrics_interval_min"), QStringLiteral("1440"));
    QVERIFY2(m_fixture.start(settings), qPrintable(m_fixture.error()));
}

void TestDashboardFlow::cleanupTestCase()
{
    QCOMPARE(m_fixture.stop(), 0);
}

void TestDashboardFlow::cleanup()
{
    KP_VERIFY_API_CONTRACT();
}

TestDashboardFlow::Totals TestDashboardFlow::expected(const kp::metrics::DateSpan &span) const
{
    Totals sum;
    for (auto it = m_days.lowerBound(span.start); it != m_days.end() && it.key() <= span.end; ++it) {
        sum.leads += it->leads;
        sum.clicks += it->clicks;
        sum.impressions += it->impressions;
    }
    return sum;
}

QString TestDashboardFlow::status(const QString &customerId, const QString &provider)
{
    const auto list = m_fixture.http->get(QStringLiteral("/api/v1/admin/accounts/%1/ad-accounts").arg(customerId),
                                          m_fixture.adminToken);
    for (const auto &item : list.json.value(QLatin1String("items")).toArray())
        if (item.toObject().value(QLatin1String("provider")).toString() == provider)
            return item.toObject().value(QLatin1String("status")).toString();
    return {};
}

void TestDashboardFlow::anAdminConnectsAnAccountAndTheCustomerSeesItsNumbers()
{
    const auto email = QStringLiteral("werbung@muster.de");
    const auto customer
        = m_fixture.approvedCustomer(email, {{QStringLiteral("company"), QStringLiteral("Muster Solar GmbH")}});
    QVERIFY(!customer.token.isEmpty());

    // The agency connects the customer's Facebook ad account in "Werbekonten".
    {
        auto admin = launchAndLogIn(*m_fixture.server, ServerFixture::adminEmail, ServerFixture::adminPassword,
                                    QStringLiteral("agency-pc"));
        QVERIFY(admin);
        GuiDriver gui(admin->window);
        gui.click(QStringLiteral("nav_ad-accounts"));
        QTRY_COMPARE_WITH_TIMEOUT(currentPage(*admin), QStringLiteral("adAccountsPage"), 10000);
        auto *customers = gui.find<QComboBox>(QStringLiteral("adCustomer"));
        QTRY_VERIFY_WITH_TIMEOUT(customers->findData(customer.id) >= 0, 10000);
        customers->setCurrentIndex(customers->findData(customer.id));
        gui.click(QStringLiteral("adConnectButton"));
        auto *dialog = admin->window.findChild<QDialog *>(QStringLiteral("connectAdAccountDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        GuiDriver form(*dialog);
        form.find<QComboBox>(QStringLiteral("adProvider"))->setCurrentIndex(0); // Facebook
        form.type(QStringLiteral("adExternalId"), QStringLiteral("act_1029384756"));
        form.type(QStringLiteral("adToken"), kToken);
        form.click(QStringLiteral("adConnectSubmit"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);
        // The first sync reads the whole history (an async report run at the fake) right away.
        QTRY_COMPARE_WITH_TIMEOUT(status(customer.id, QStringLiteral("facebook")), QStringLiteral("ok"), 30000);
        // "Sync now": the page follows the sync it started until its status is back.
        gui.click(QStringLiteral("adSyncButton"));
        QTRY_COMPARE_WITH_TIMEOUT(gui.find<QLabel>(QStringLiteral("adStatusBadge_0"))->text(), QStringLiteral("OK"),
                                  20000);
        shoot(*admin, "1-admin-connected");
    }
    // The Google Ads account the same way, through the API this time.
    const QJsonObject google {
        {QStringLiteral("provider"), QStringLiteral("google_ads")},
        {QStringLiteral("external_id"), QStringLiteral("123-456-7890")},
        {QStringLiteral("credentials"), QJsonObject {{QStringLiteral("refresh_token"), kRefreshToken}}}};
    QCOMPARE(m_fixture.http
                 ->send(QStringLiteral("PUT"), QStringLiteral("/api/v1/admin/accounts/%1/ad-accounts").arg(customer.id),
                        QJsonDocument(google).toJson(), QStringLiteral("application/json"), m_fixture.adminToken)
                 .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(status(customer.id, QStringLiteral("google_ads")), QStringLiteral("ok"), 30000);

    // The customer's first page is the dashboard, with what the platform holds for each period.
    auto app = launchAndLogIn(*m_fixture.server, email, kPassword, QStringLiteral("customer-pc"));
    QVERIFY(app);
    GuiDriver gui(app->window);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(*app), QStringLiteral("dashboardPage"), 10000);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const auto today = QDate::currentDate();
    for (const auto period : {DashboardPeriod::Last7Days, DashboardPeriod::Last30Days, DashboardPeriod::LastMonth,
                              DashboardPeriod::AllTime, DashboardPeriod::Yesterday}) {
        pickPeriod(*app, period);
        const auto sums = expected(periodSpan(period, today));
        QTRY_COMPARE_WITH_TIMEOUT(gui.text(QStringLiteral("kpiValue_impressions")), english.toString(sums.impressions),
                                  10000);
        QCOMPARE(gui.text(QStringLiteral("kpiValue_leads")), english.toString(sums.leads));
        QCOMPARE(gui.text(QStringLiteral("kpiValue_clicks")), english.toString(sums.clicks));
        for (const auto *granularity : {"week", "month", "day"}) {
            gui.click(QStringLiteral("granularity_") + QLatin1String(granularity));
            QTRY_COMPARE_WITH_TIMEOUT(gui.text(QStringLiteral("kpiValue_impressions")),
                                      english.toString(sums.impressions), 10000);
        }
    }
    shoot(*app, "2-customer-dashboard");
    QVERIFY(gui.text(QStringLiteral("smallPrint_0")).contains(QLatin1String("Europe/Berlin")));
    QVERIFY(!gui.find<QWidget>(QStringLiteral("dashboardStaleBanner"))->isVisible());

    // The token expires: the next sync says so, and so does the dashboard, with its last good date.
    m_graph.expireToken(kToken);
    QCOMPARE(m_fixture.http->post(QStringLiteral("/api/v1/admin/metrics/sync"), {}, m_fixture.adminToken).status, 202);
    QTRY_COMPARE_WITH_TIMEOUT(status(customer.id, QStringLiteral("facebook")), QStringLiteral("needs_token"), 30000);
    pickPeriod(*app, DashboardPeriod::Last7Days);
    QTRY_VERIFY_WITH_TIMEOUT(gui.find<QWidget>(QStringLiteral("dashboardStaleBanner"))->isVisible(), 10000);
    QVERIFY(gui.find<Banner>(QStringLiteral("dashboardStaleBanner"))->text().contains(QLatin1String("Facebook")));
    // The numbers stay the last good ones.
    QCOMPARE(gui.text(QStringLiteral("kpiValue_impressions")),
             english.toString(expected(periodSpan(DashboardPeriod::Last7Days, today)).impressions));
    shoot(*app, "3-customer-stale");
}

QTEST_MAIN(TestDashboardFlow)
#include "tst_dashboard_flow.moc"
