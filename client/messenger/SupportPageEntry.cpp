#include "client/messenger/SupportPageEntry.h"

#include "client/app/DemoData.h"
#include "client/app/PageRegistry.h"
#include "client/messenger/SupportController.h"
#include "client/messenger/SupportPage.h"

namespace kp::client {

void registerSupportPage(PageRegistry &registry)
{
    registry.add({
        .id = QStringLiteral("support"),
        .icon = QStringLiteral("chat-message-new"),
        .title = [] { return SupportPage::tr("Support"); },
        .section = SidebarSection::Main,
        .adminOnly = false,
        // The customer's line to the agency; agency staff answer in Intercom itself.
        .customerOnly = true,
        // Open while the checklist is not: a customer stuck in it must be able to ask for help.
        .needsOnboarding = false,
        .create =
            [](const PageServices &services) {
                auto *page = new SupportPage;
                new SupportController(*page, services.session, services.api);
                // Without the chat, the callback is the way to reach the agency.
                QObject::connect(page, &SupportPage::callbackRequested, page,
                                 [run = services.runAction] { run(QStringLiteral("requestCallback")); });
                return page;
            },
        .opened = [](QWidget *page) { page->findChild<SupportController *>()->open(); },
        .screenshots =
            [](QWidget *widget, ScreenshotSet &shots) {
                auto *controller = widget->findChild<SupportController *>();
                shots.showPageAs(shots.demo().customer);
                controller->showDemo(SupportPage::State::Offline);
                shots.shoot(QStringLiteral("support-offline"));
                controller->showDemo(SupportPage::State::NotConfigured);
                shots.shoot(QStringLiteral("support-not-configured"));
            },
        .screenshotsLast = true,
    });
}

} // namespace kp::client
