#pragma once

#include "server/accounts/AccountStore.h"
#include "server/accounts/AccountViews.h"
#include "server/accounts/ApprovalService.h"
#include "server/accounts/AuthService.h"
#include "server/accounts/SessionStore.h"
#include "server/app/Module.h"

namespace kp::server {

// Accounts and sessions: registration, login, approval, the session sweep. Every other module
// builds on it (the router asks it who a token belongs to), so ServerApp makes it first and
// hands it to the modules that need accounts.
class AccountsModule : public Module {
public:
    explicit AccountsModule(const ModuleContext &context);

    void addRoutes(Router &router) override;
    void addJobs(JobRunner &jobs) override;

    AccountStore &accounts() { return m_accounts; }
    SessionStore &sessions() { return m_sessions; }
    AuthService &auth() { return m_auth; }
    // How every route shows an account; other modules add what they know (e.g. onboarding).
    AccountViews &views() { return m_views; }

private:
    int m_sweepIntervalS;
    AccountStore m_accounts;
    AccountViews m_views;
    SessionStore m_sessions;
    AuthService m_auth;
    ApprovalService m_approvals;
};

} // namespace kp::server
