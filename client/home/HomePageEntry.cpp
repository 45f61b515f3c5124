#include "client/home/HomePageEntry.h"

#include "client/app/DemoData.h"
#include "client/app/PageRegistry.h"
#include "client/home/HomePage.h"

namespace kp::client {

void registerHomePage(PageRegistry &registry)
{
    registry.add({
        .id = QStringLiteral("home"),
        .icon = QStringLiteral("go-home"),
        .title = [] { return HomePage::tr("Overview"); },
        .section = SidebarSection::Main,
        .adminOnly = false,
        .customerOnly = false,
        .needsOnboarding = true,
        .create =
            [](const PageServices &services) {
                auto *page = new HomePage(services.session, services.api);
                QObject::connect(page, &HomePage::approvalsRequested, page,
                                 [open = services.openPage] { open(QStringLiteral("approvals")); });
                QObject::connect(page, &HomePage::dashboardRequested, page,
                                 [open = services.openPage] { open(QStringLiteral("dashboard")); });
                return page;
            },
        .opened = [](QWidget *page) { static_cast<HomePage *>(page)->refresh(); },
        .screenshots =
            [](QWidget *page, ScreenshotSet &shots) {
                shots.showPageAs(shots.demo().customer);
                shots.shoot(QStringLiteral("home-customer"));
                shots.showPageAs(shots.demo().admin);
                static_cast<HomePage *>(page)->setPendingRegistrations(int(shots.demo().pending.size()), false);
                shots.shoot(QStringLiteral("home-admin"));
            },
    });
}

} // namespace kp::client
