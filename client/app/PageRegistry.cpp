#include "client/app/PageRegistry.h"

#include "client/admin/ApprovalsPageEntry.h"
#include "client/callbacks/CallbacksPageEntry.h"
#include "client/dashboard/AdAccountsPageEntry.h"
#include "client/dashboard/DashboardPageEntry.h"
#include "client/home/HomePageEntry.h"
#include "client/messenger/SupportPageEntry.h"
#include "client/onboarding/ChecklistPageEntry.h"
#include "client/onboarding/ChecklistStatusPageEntry.h"
#include "client/onboarding/OnboardingProgressPageEntry.h"
#include "client/profile/ProfilePageEntry.h"
#include "client/referrals/ReferralsPageEntry.h"
#include "client/roadmap/RoadmapPageEntry.h"
#include "client/videos/VideoAdminPageEntry.h"
#include "client/videos/VideosPageEntry.h"

#include <QCoreApplication>

namespace kp::client {

QString PageEntry::lockReason(const Account &account) const
{
    if (!needsOnboarding || account.isAdmin() || !account.onboarding || account.onboarding->checklistComplete)
        return {};
    return QCoreApplication::translate("kp::client::PageEntry", "Opens once the onboarding checklist is complete.");
}

void PageRegistry::add(PageEntry entry)
{
    Q_ASSERT_X(!find(entry.id), "PageRegistry::add", "page ids must be unique");
    m_entries.append(std::move(entry));
}

void PageRegistry::add(WindowAction action)
{
    m_actions.append(std::move(action));
}

const PageEntry *PageRegistry::find(const QString &id) const
{
    for (const auto &entry : m_entries) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

const PageEntry *PageRegistry::startPageFor(const Account &account) const
{
    for (const auto &entry : m_entries) {
        if (entry.startsSessions && entry.isVisibleTo(account) && entry.lockReason(account).isEmpty())
            return &entry;
    }
    return nullptr;
}

PageRegistry appPages()
{
    PageRegistry registry;
    // The dashboard first: where a customer's session starts once the checklist is complete;
    // until then it is locked, and a customer's session starts on the checklist. The overview
    // is where an admin's session starts.
    registerDashboardPage(registry);
    registerRoadmapPage(registry);
    registerHomePage(registry);
    registerChecklistPage(registry);
    registerVideosPage(registry);
    registerSupportPage(registry);
    registerCallbackPages(registry);
    registerPartnerPage(registry);
    registerProfilePage(registry);
    registerApprovalsPage(registry);
    registerOnboardingProgressPage(registry);
    registerChecklistStatusPage(registry);
    registerVideoAdminPage(registry);
    registerRoadmapEditors(registry);
    registerAdAccountsPage(registry);
    registerCallbackInbox(registry);
    registerPartnersPage(registry);
    return registry;
}

} // namespace kp::client
