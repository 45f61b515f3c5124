#include "server/roadmap/RoadmapModule.h"

#include "server/accounts/AccountViews.h"
#include "server/accounts/AccountsModule.h"
#include "server/roadmap/RoadmapRoutes.h"

namespace kp::server::roadmap {

RoadmapModule::RoadmapModule(const ModuleContext &context, AccountsModule &accounts, StageEvidence evidence,
                             InterestNotices notices)
    : m_stages(context.database, context.clock)
    , m_upsells(context.database, context.clock)
    , m_completions(context.database, context.clock)
    , m_responses(context.database, context.clock)
    , m_service(context.database, {m_stages, m_upsells, m_completions, m_responses}, accounts.accounts(),
                std::move(evidence), std::move(notices), context.clock)
    , m_content(context.database, m_stages, m_upsells)
{
    // /me's onboarding.stage (API.md), after the onboarding module's contributor made `onboarding`.
    accounts.views().addContributor([this](Account &account) {
        auto &onboarding = account.onboarding ? *account.onboarding : account.onboarding.emplace();
        onboarding.stage = m_service.currentStage(account);
    });
}

void RoadmapModule::addRoutes(Router &router)
{
    addRoadmapRoutes(router, m_service);
    addRoadmapContentRoutes(router, m_content);
}

} // namespace kp::server::roadmap
