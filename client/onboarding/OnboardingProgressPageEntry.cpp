#include "client/onboarding/OnboardingProgressPageEntry.h"

#include "client/app/DemoData.h"
#include "client/app/PageRegistry.h"
#include "client/onboarding/ChecklistDemo.h"
#include "client/onboarding/CustomerAnswersController.h"
#include "client/onboarding/OnboardingProgressPage.h"

namespace kp::client {

void registerOnboardingProgressPage(PageRegistry &registry)
{
    registry.add({
        .id = QStringLiteral("onboarding-progress"),
        .icon = QStringLiteral("view-list-bullet"),
        .title = [] { return OnboardingProgressPage::tr("Onboarding progress"); },
        .section = SidebarSection::Administration,
        .adminOnly = true,
        .customerOnly = false,
        .create = [](const PageServices &services) { return new OnboardingProgressPage(services.api); },
        .opened = [](QWidget *page) { static_cast<OnboardingProgressPage *>(page)->reload(); },
        .screenshots =
            [](QWidget *widget, ScreenshotSet &shots) {
                auto *page = static_cast<OnboardingProgressPage *>(widget);
                const auto &demo = shots.demo();
                shots.showPageAs(demo.admin);
                page->showCustomers(demo.approved);
                shots.shoot(QStringLiteral("onboarding-progress"));
                page->openCustomer(demo.approved.value(0));
                page->answersController()->showDemo(demo.approved.value(0), checklistdemo::forAgency());
                shots.shoot(QStringLiteral("onboarding-progress-answers"));
            },
    });
}

} // namespace kp::client
