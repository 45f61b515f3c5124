#include "client/admin/ApprovalsPageEntry.h"

#include "client/admin/ApprovalsPage.h"
#include "client/admin/RejectDialog.h"
#include "client/app/DemoData.h"
#include "client/app/PageRegistry.h"

namespace kp::client {

void registerApprovalsPage(PageRegistry &registry)
{
    registry.add({
        .id = QStringLiteral("approvals"),
        .icon = QStringLiteral("system-users"),
        .title = [] { return ApprovalsPage::tr("Registrations"); },
        .section = SidebarSection::Administration,
        .adminOnly = true,
        .create = [](const PageServices &services) { return new ApprovalsPage(services.api); },
        .opened = [](QWidget *page) { static_cast<ApprovalsPage *>(page)->reload(); },
        .screenshots =
            [](QWidget *widget, ScreenshotSet &shots) {
                auto *page = static_cast<ApprovalsPage *>(widget);
                const auto &demo = shots.demo();
                shots.showPageAs(demo.admin);
                page->showAccounts(AccountStatus::Pending, demo.pending);
                shots.shoot(QStringLiteral("approvals-pending"));
                page->showAccounts(AccountStatus::Approved, demo.approved);
                shots.shoot(QStringLiteral("approvals-approved"));
                page->showAccounts(AccountStatus::Pending, {});
                shots.shoot(QStringLiteral("approvals-empty"));
                RejectDialog reject(demo.pending.value(0).name, page);
                reject.show();
                shots.shoot(reject, QStringLiteral("reject-dialog"));
            },
    });
}

} // namespace kp::client
