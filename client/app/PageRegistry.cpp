#include "client/app/PageRegistry.h"

#include "client/admin/ApprovalsPageEntry.h"
#include "client/home/HomePageEntry.h"
#include "client/onboarding/ChecklistPageEntry.h"
#include "client/onboarding/ChecklistStatusPageEntry.h"
#include "client/onboarding/OnboardingProgressPageEntry.h"
#include "client/profile/ProfilePageEntry.h"

namespace kp::client {

void PageRegistry::add(PageEntry entry)
{
    Q_ASSERT_X(!find(entry.id), "PageRegistry::add", "page ids must be unique");
    m_entries.append(std::move(entry));
}

const PageEntry *PageRegistry::find(const QString &id) const
{
    for (const auto &entry : m_entries) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

PageRegistry appPages()
{
    PageRegistry registry;
    // First: a customer's session starts on the checklist, which leads on to the overview once
    // it is complete.
    registerChecklistPage(registry);
    registerHomePage(registry);
    registerProfilePage(registry);
    registerApprovalsPage(registry);
    registerOnboardingProgressPage(registry);
    registerChecklistStatusPage(registry);
    return registry;
}

} // namespace kp::client
