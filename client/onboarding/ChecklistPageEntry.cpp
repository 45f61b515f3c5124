#include "client/onboarding/ChecklistPageEntry.h"

#include "client/app/DemoData.h"
#include "client/app/PageRegistry.h"
#include "client/onboarding/ChecklistController.h"
#include "client/onboarding/ChecklistDemo.h"
#include "client/onboarding/ChecklistItemField.h"
#include "client/onboarding/ChecklistPage.h"
#include "shared/Validation.h"

#include <QLineEdit>

namespace kp::client {

void registerChecklistPage(PageRegistry &registry)
{
    registry.add({
        .id = QStringLiteral("onboarding"),
        .icon = QStringLiteral("checkbox-checked"),
        .title = [] { return ChecklistPage::tr("Onboarding"); },
        .section = SidebarSection::Main,
        .adminOnly = false,
        .customerOnly = true,
        .create =
            [](const PageServices &services) {
                auto *page = new ChecklistPage;
                new ChecklistController(*page, services.session, services.api, services.offline, services.openPage);
                return page;
            },
        .opened = [](QWidget *page) { page->findChild<ChecklistController *>()->refresh(); },
        .screenshots =
            [](QWidget *widget, ScreenshotSet &shots) {
                auto *page = static_cast<ChecklistPage *>(widget);
                auto *controller = page->findChild<ChecklistController *>();
                // Still onboarding: the sidebar shows the overview locked.
                auto onboarding = shots.demo().customer;
                onboarding.onboarding = checklistdemo::empty().accountOnboarding();
                shots.showPageAs(onboarding);
                controller->showDemo(checklistdemo::empty());
                shots.shoot(QStringLiteral("checklist"));
                // "Abschließen" pressed with half of it done and a web address without https://.
                controller->showDemo(checklistdemo::halfDone());
                page->findChild<QLineEdit *>(QStringLiteral("checklistItem_website"))
                    ->setText(QStringLiteral("www.becker-immobilien"));
                page->showProblems({{QStringLiteral("logo"), validation::problem::required},
                                    {QStringLiteral("fb_business_id"), validation::problem::required},
                                    {QStringLiteral("zahlungsmethode"), validation::problem::required},
                                    {QStringLiteral("website"), validation::problem::invalid},
                                    {QStringLiteral("wunschstart"), validation::problem::required}});
                shots.shoot(QStringLiteral("checklist-errors"));
                controller->showDemo(checklistdemo::completed());
                page->showCompleted();
                shots.shoot(QStringLiteral("checklist-complete"));
            },
    });
}

} // namespace kp::client
