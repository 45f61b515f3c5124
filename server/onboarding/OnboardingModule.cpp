#include "server/onboarding/OnboardingModule.h"

#include "server/accounts/AccountsModule.h"
#include "server/config/ServerConfig.h"
#include "server/http/Router.h"
#include "server/jobs/JobRunner.h"
#include "server/onboarding/OnboardingRoutes.h"

namespace kp::server {

OnboardingModule::OnboardingModule(const ModuleContext &context, AccountsModule &accounts,
                                   std::unique_ptr<ChecklistSource> source)
    : m_syncInterval(context.config.checklistSyncIntervalMin)
    , m_files(context.config.dataDir, QStringLiteral("checklist-files"))
    , m_store(context.database, context.clock)
    , m_checklists(context.database, m_store, accounts.accounts(), m_files)
    , m_sync(m_checklists, std::move(source))
{
    accounts.views().addContributor(
        [this](Account &account) { account.onboarding = m_checklists.onboardingOf(account); });
}

void OnboardingModule::addRoutes(Router &router)
{
    addChecklistRoutes(router, m_checklists);
    addAdminChecklistRoutes(router, m_checklists, m_sync);
    router.defineGate(
        Gate::OnboardingComplete,
        {[this](const AuthenticatedSession &session) { return m_checklists.passesGate(session.account); },
         DomainError(ErrorCode::OnboardingIncomplete, QStringLiteral("Complete the onboarding checklist first."))});
}

void OnboardingModule::addJobs(JobRunner &jobs)
{
    // Without a sheet there is nothing to poll; CSV imports publish at once.
    if (m_sync.hasSource())
        jobs.add(QStringLiteral("checklist sync"), m_syncInterval, [this] { m_sync.syncIfChanged(); });
}

} // namespace kp::server
