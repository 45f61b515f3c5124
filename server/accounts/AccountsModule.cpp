#include "server/accounts/AccountsModule.h"

#include "server/accounts/AccountRoutes.h"
#include "server/config/ServerConfig.h"
#include "server/jobs/JobRunner.h"

namespace kp::server {

AccountsModule::AccountsModule(const ModuleContext &context)
    : m_sweepIntervalS(context.config.sessionSweepIntervalS)
    , m_accounts(context.database, context.clock)
    , m_sessions(context.database, context.clock)
    , m_auth(context.database, m_accounts, m_sessions, context.hasher, context.config)
    , m_approvals(m_accounts)
{
}

void AccountsModule::addRoutes(Router &router)
{
    addAuthRoutes(router, m_auth, m_views);
    addAdminAccountRoutes(router, m_approvals, m_views);
}

void AccountsModule::addJobs(JobRunner &jobs)
{
    jobs.add(QStringLiteral("session sweep"), std::chrono::seconds(m_sweepIntervalS),
             [this] { m_sessions.deleteExpired(); });
}

} // namespace kp::server
