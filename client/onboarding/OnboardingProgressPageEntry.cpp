#include "client/onboarding/OnboardingProgressPageEntry.h"

#include "client/app/DemoData.h"
#include "client/app/PageRegistry.h"
#include "client/onboarding/ChecklistDemo.h"
#include "client/onboarding/CustomerAnswersController.h"
#include "client/onboarding/CustomerAnswersView.h"
#include "client/onboarding/OnboardingProgressPage.h"
#include "client/roadmap/CustomerRoadmapPanel.h"
#include "client/roadmap/RoadmapDemo.h"

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
        .create =
            [](const PageServices &services) {
                auto *page = new OnboardingProgressPage(services.api);
                // The customer's roadmap (issue 18) below the answers: where the admin sees a stage
                // and marks it done.
                auto *roadmap = new CustomerRoadmapPanel(services.api);
                page->answersView()->addPanel(roadmap);
                QObject::connect(page, &OnboardingProgressPage::customerOpened, roadmap, &CustomerRoadmapPanel::open);
                return page;
            },
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
        .lateScreenshots =
            [](QWidget *widget, ScreenshotSet &shots) {
                auto *page = static_cast<OnboardingProgressPage *>(widget);
                const auto &demo = shots.demo();
                const auto customer = demo.approved.value(0);
                shots.showPageAs(demo.admin);
                page->openCustomer(customer);
                page->answersController()->showDemo(customer, checklistdemo::forAgency());
                auto *roadmap = page->answersView()->findChild<CustomerRoadmapPanel *>();
                roadmap->showDemo(customer, roadmapdemo::customerRoadmap(customer.id), roadmapdemo::today());
                page->answersView()->scrollTo(roadmap);
                shots.shoot(QStringLiteral("onboarding-progress-roadmap"));
            },
    });
}

} // namespace kp::client
