#include "client/roadmap/RoadmapPageEntry.h"

#include "client/app/DemoData.h"
#include "client/app/OfflineSync.h"
#include "client/app/PageRegistry.h"
#include "client/app/Session.h"
#include "client/roadmap/RoadmapDemo.h"
#include "client/roadmap/RoadmapPage.h"
#include "client/roadmap/StagesEditorPage.h"
#include "client/roadmap/UpsellsEditorPage.h"

namespace kp::client {

void registerRoadmapPage(PageRegistry &registry)
{
    registry.add({
        .id = QStringLiteral("roadmap"),
        .icon = QStringLiteral("mark-location"),
        .title = [] { return RoadmapPage::tr("Your path"); },
        .section = SidebarSection::Main,
        .adminOnly = false,
        .customerOnly = true,
        .needsOnboarding = false,
        .create =
            [](const PageServices &services) {
                auto *page = new RoadmapPage(services.api, services.session, services.offline);
                QObject::connect(&services.offline, &OfflineSync::reconnected, page, [page] {
                    if (page->isVisible())
                        page->reload();
                });
                return page;
            },
        .opened = [](QWidget *page) { static_cast<RoadmapPage *>(page)->reload(); },
        .screenshots = {},
        .screenshotsLast = false,
        // Open while onboarding, yet a session still starts on the checklist (or the dashboard).
        .startsSessions = false,
        .lateScreenshots =
            [](QWidget *widget, ScreenshotSet &shots) {
                auto *page = static_cast<RoadmapPage *>(widget);
                // Just approved: the checklist is the customer's, the dashboard still locked.
                auto customer = shots.demo().customer;
                auto onboarding = customer.onboarding.value_or(AccountOnboarding {});
                onboarding.checklistComplete = false;
                customer.onboarding = onboarding;
                shots.showPageAs(customer);
                page->showDemo(roadmapdemo::justApproved());
                shots.shoot(QStringLiteral("roadmap-approved"));
                onboarding.checklistComplete = true;
                customer.onboarding = onboarding;
                shots.showPageAs(customer);
                page->showDemo(roadmapdemo::checklistDone());
                shots.shoot(QStringLiteral("roadmap-checklist-done"));
                page->showDemo(roadmapdemo::landingPageDone(), roadmapdemo::landingPageTitle());
                shots.shoot(QStringLiteral("roadmap-landing-page-done"));
            },
    });
}

void registerRoadmapEditors(PageRegistry &registry)
{
    // One editor page of the administration section; `demo` fills it for its picture.
    const auto editor = [](const QString &id, const QString &icon, std::function<QString()> title,
                           const std::function<ContentEditorPage *(ApiClient &)> &create,
                           const std::function<void(ContentEditorPage *)> &demo) {
        return PageEntry {
            .id = id,
            .icon = icon,
            .title = std::move(title),
            .section = SidebarSection::Administration,
            .adminOnly = true,
            .customerOnly = false,
            .needsOnboarding = false,
            .create = [create](const PageServices &services) -> QWidget * { return create(services.api); },
            .opened = [](QWidget *page) { static_cast<ContentEditorPage *>(page)->reload(); },
            .screenshots = {},
            .screenshotsLast = false,
            .startsSessions = true,
            .lateScreenshots =
                [id, demo](QWidget *widget, ScreenshotSet &shots) {
                    shots.showPageAs(shots.demo().admin);
                    demo(static_cast<ContentEditorPage *>(widget));
                    shots.shoot(id + QStringLiteral("-editor"));
                },
        };
    };
    registry.add(editor(
        QStringLiteral("roadmap-stages"), QStringLiteral("mark-location"),
        [] { return StagesEditorPage::tr("Roadmap stages"); }, [](ApiClient &api) { return new StagesEditorPage(api); },
        [](ContentEditorPage *page) {
            static_cast<StagesEditorPage *>(page)->showDemo(roadmapdemo::stageContent(), QStringLiteral("landing"));
        }));
    registry.add(editor(
        QStringLiteral("roadmap-upsells"), QStringLiteral("star-new"), [] { return UpsellsEditorPage::tr("Offers"); },
        [](ApiClient &api) { return new UpsellsEditorPage(api); },
        [](ContentEditorPage *page) {
            static_cast<UpsellsEditorPage *>(page)->showDemo(roadmapdemo::upsellContent(), roadmapdemo::stageContent(),
                                                             QStringLiteral("whatsapp"));
        }));
}

} // namespace kp::client
