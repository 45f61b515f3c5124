#include "client/onboarding/ChecklistStatusPageEntry.h"

#include "client/app/DemoData.h"
#include "client/app/PageRegistry.h"
#include "client/onboarding/ChecklistStatusController.h"
#include "client/onboarding/ChecklistStatusPage.h"

namespace kp::client {
namespace {

// A sheet an agency member broke: the live version stays, the problems are named.
ChecklistStatus demoStatus()
{
    ChecklistStatus status;
    status.source = QStringLiteral("sheet");
    status.version = 3;
    status.lastReadAt = QDateTime(QDate(2026, 12, 5), QTime(7, 0), Qt::UTC);
    status.sheet = QStringLiteral("1AbCdEfGhIjKlMnOpQrStUvWxYz");
    status.lastError = ChecklistStatus::Error {
        QStringLiteral("invalid_sheet"),
        QStringLiteral("The sheet has problems"),
        {{QStringLiteral("duplicate_item_id"), 14, QStringLiteral("item_id"), QStringLiteral("logo")},
         {QStringLiteral("unknown_type"), 15, QStringLiteral("type"), QStringLiteral("dropdown")}}};
    return status;
}

} // namespace

void registerChecklistStatusPage(PageRegistry &registry)
{
    registry.add({
        .id = QStringLiteral("checklist-status"),
        .icon = QStringLiteral("view-refresh"),
        .title = [] { return ChecklistStatusPage::tr("Checklist"); },
        .section = SidebarSection::Administration,
        .adminOnly = true,
        .customerOnly = false,
        .create =
            [](const PageServices &services) {
                auto *page = new ChecklistStatusPage;
                new ChecklistStatusController(*page, services.api);
                return page;
            },
        .opened = [](QWidget *page) { page->findChild<ChecklistStatusController *>()->refresh(); },
        .screenshots =
            [](QWidget *widget, ScreenshotSet &shots) {
                auto *page = static_cast<ChecklistStatusPage *>(widget);
                shots.showPageAs(shots.demo().admin);
                page->findChild<ChecklistStatusController *>()->showDemo(demoStatus());
                shots.shoot(QStringLiteral("checklist-sync-status"));
            },
    });
}

} // namespace kp::client
