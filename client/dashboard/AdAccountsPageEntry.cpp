#include "client/dashboard/AdAccountsPageEntry.h"

#include "client/app/DemoData.h"
#include "client/app/PageRegistry.h"
#include "client/dashboard/AdAccountsPage.h"
#include "client/dashboard/ConnectAdAccountDialog.h"
#include "client/dashboard/DashboardDemo.h"

#include <QComboBox>
#include <QLineEdit>

namespace kp::client {

void registerAdAccountsPage(PageRegistry &registry)
{
    registry.add({
        .id = QStringLiteral("ad-accounts"),
        .icon = QStringLiteral("insert-link"),
        .title = [] { return AdAccountsPage::tr("Ad accounts"); },
        .section = SidebarSection::Administration,
        .adminOnly = true,
        .customerOnly = false,
        .needsOnboarding = false,
        .create = [](const PageServices &services) { return new AdAccountsPage(services.api); },
        .opened = [](QWidget *page) { static_cast<AdAccountsPage *>(page)->reload(); },
        .screenshots =
            [](QWidget *widget, ScreenshotSet &shots) {
                auto *page = static_cast<AdAccountsPage *>(widget);
                shots.showPageAs(shots.demo().admin);
                const auto &customers = shots.demo().approved;
                auto sources = dashboarddemo::sources(true);
                metrics::MetricsSource csv;
                csv.provider = QStringLiteral("csv");
                csv.accountId = QStringLiteral("LinkedIn");
                csv.status = QStringLiteral("ok");
                csv.lastSyncedAt = QDateTime(dashboarddemo::today().addDays(-1), QTime(9, 30));
                sources.append(csv);
                page->showDemo(customers, customers.isEmpty() ? QString() : customers.constFirst().id, sources);
                shots.shoot(QStringLiteral("ad-accounts"));
                // The connect dialog with a Google Ads id typed wrongly, checked before sending.
                page->openConnectDialog();
                auto *dialog = page->connectDialog();
                dialog->findChild<QComboBox *>(QStringLiteral("adProvider"))->setCurrentIndex(1);
                dialog->findChild<QLineEdit *>(QStringLiteral("adExternalId"))->setText(QStringLiteral("12345-6789"));
                dialog->findChild<QLineEdit *>(QStringLiteral("adToken"))->setText(QStringLiteral("1//0gdemo-token"));
                dialog->validate();
                shots.shoot(*dialog, QStringLiteral("ad-accounts-connect-dialog"));
                dialog->reject();
            },
        .screenshotsLast = true,
    });
}

} // namespace kp::client
