#include "client/dashboard/DashboardPageEntry.h"

#include "client/app/DemoData.h"
#include "client/app/PageRegistry.h"
#include "client/dashboard/DashboardController.h"
#include "client/dashboard/DashboardDemo.h"
#include "client/dashboard/DashboardPage.h"

namespace kp::client {

void registerDashboardPage(PageRegistry &registry)
{
    registry.add({
        .id = QStringLiteral("dashboard"),
        .icon = QStringLiteral("view-grid"),
        .title = [] { return DashboardPage::tr("Dashboard"); },
        .section = SidebarSection::Main,
        .adminOnly = false,
        .customerOnly = true,
        .needsOnboarding = true,
        .create =
            [](const PageServices &services) {
                auto *page = new DashboardPage;
                new DashboardController(*page, services.session, services.api);
                return page;
            },
        .opened = [](QWidget *page) { page->findChild<DashboardController *>()->refresh(); },
        .screenshots =
            [](QWidget *widget, ScreenshotSet &shots) {
                auto *page = static_cast<DashboardPage *>(widget);
                auto *controller = page->findChild<DashboardController *>();
                auto customer = shots.demo().customer;
                auto onboarding = customer.onboarding.value_or(AccountOnboarding {});
                onboarding.checklistComplete = true;
                customer.onboarding = onboarding;
                shots.showPageAs(customer);
                const auto today = dashboarddemo::today();
                page->setToday(today);
                using G = metrics::Granularity;
                const metrics::DateSpan quarter {today.addDays(-89), today};
                const auto show = [&](DashboardPeriod period, G granularity, const metrics::DateSpan &span,
                                      const QString &name, bool stale = false) {
                    page->select(period, granularity, span);
                    controller->showDemo(
                        dashboarddemo::report(page->span(), granularity, period == DashboardPeriod::AllTime, stale));
                    shots.shoot(name);
                };
                show(DashboardPeriod::Last30Days, G::Day, {}, QStringLiteral("dashboard-day"));
                page->selectMetric(MetricsChart::Metric::Spend);
                show(DashboardPeriod::Custom, G::Week, quarter, QStringLiteral("dashboard-week"));
                page->selectMetric(MetricsChart::Metric::Leads);
                show(DashboardPeriod::Custom, G::Month, quarter, QStringLiteral("dashboard-month"));
                show(DashboardPeriod::AllTime, G::Total, {}, QStringLiteral("dashboard-total"));
                show(DashboardPeriod::Last7Days, G::Day, {}, QStringLiteral("dashboard-stale"), true);
                page->select(DashboardPeriod::Last30Days, G::Day);
                auto empty = dashboarddemo::report(page->span(), G::Day);
                empty.sources.clear();
                controller->showDemo(empty);
                shots.shoot(QStringLiteral("dashboard-empty"));
            },
        .screenshotsLast = true,
    });
}

} // namespace kp::client
