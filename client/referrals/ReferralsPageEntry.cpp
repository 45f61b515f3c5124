#include "client/referrals/ReferralsPageEntry.h"

#include "client/app/DemoData.h"
#include "client/app/PageRegistry.h"
#include "client/app/Session.h"
#include "client/referrals/AttributionDialog.h"
#include "client/referrals/PartnerPage.h"
#include "client/referrals/PartnersPage.h"
#include "client/referrals/ReferralsDemo.h"

#include <QComboBox>
#include <QPlainTextEdit>

namespace kp::client {
namespace {

void shootCorrection(PartnersPage &page, const DemoData &demo, ScreenshotSet &shots)
{
    page.openCorrection();
    auto *dialog = page.correctionDialog();
    if (!dialog)
        return;
    auto *partner = dialog->findChild<QComboBox *>(QStringLiteral("attributionPartner"));
    partner->setCurrentIndex(std::max(0, partner->findData(demo.customer.id)));
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("attributionReason"))
        ->setPlainText(QCoreApplication::translate("referralsdemo", "Jana Becker recommended him at a trade fair."));
    shots.shoot(*dialog, QStringLiteral("partner-correction-dialog"));
    dialog->reject();
}

} // namespace

void registerPartnerPage(PageRegistry &registry)
{
    registry.add({
        .id = QStringLiteral("partner"),
        .icon = QStringLiteral("emblem-shared"),
        .title = [] { return PartnerPage::tr("Partner program"); },
        .section = SidebarSection::Main,
        .adminOnly = false,
        .customerOnly = true,
        .needsOnboarding = true,
        .create = [](const PageServices &services) { return new PartnerPage(services.api, services.session); },
        .opened = [](QWidget *page) { static_cast<PartnerPage *>(page)->reload(); },
        .screenshots =
            [](QWidget *widget, ScreenshotSet &shots) {
                auto *page = static_cast<PartnerPage *>(widget);
                auto customer = shots.demo().customer;
                auto onboarding = customer.onboarding.value_or(AccountOnboarding {});
                onboarding.checklistComplete = true;
                customer.onboarding = onboarding;
                shots.showPageAs(customer);
                page->showDemo(referralsdemo::summary(shots.demo()));
                shots.shoot(QStringLiteral("partner"));
                page->showDemo(referralsdemo::emptySummary(shots.demo()));
                shots.shoot(QStringLiteral("partner-empty"));
            },
        .screenshotsLast = true,
    });
}

void registerPartnersPage(PageRegistry &registry)
{
    registry.add({
        .id = QStringLiteral("partners"),
        .icon = QStringLiteral("emblem-shared"),
        .title = [] { return PartnersPage::tr("Partners"); },
        .section = SidebarSection::Administration,
        .adminOnly = true,
        .customerOnly = false,
        .needsOnboarding = false,
        .create =
            [](const PageServices &services) {
                auto *page = new PartnersPage(services.api);
                services.session.forgetOnEnd(page, [page] { page->forget(); });
                return page;
            },
        .opened = [](QWidget *page) { static_cast<PartnersPage *>(page)->reload(); },
        .screenshots =
            [](QWidget *widget, ScreenshotSet &shots) {
                auto *page = static_cast<PartnersPage *>(widget);
                shots.showPageAs(shots.demo().admin);
                const auto &demo = shots.demo();
                page->showDemo(referralsdemo::partners(demo), referralsdemo::correctedAccountId(demo),
                               referralsdemo::history(demo));
                shots.shoot(QStringLiteral("partners"));
                shootCorrection(*page, demo, shots);
            },
        .screenshotsLast = true,
    });
}

} // namespace kp::client
