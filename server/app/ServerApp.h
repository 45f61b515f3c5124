#pragma once

#include "server/accounts/AccountsModule.h"
#include "server/app/DataDirLock.h"
#include "server/app/Module.h"
#include "server/config/ServerConfig.h"
#include "server/db/Database.h"
#include "server/http/Router.h"
#include "server/idempotency/Idempotency.h"
#include "server/jobs/JobRunner.h"
#include "server/onboarding/OnboardingModule.h"
#include "server/security/PasswordHasher.h"
#include "server/security/SecretBox.h"

#include <memory>
#include <vector>

namespace kp::server {

namespace metrics {
class MetricsModule;
}
namespace referrals {
class ReferralsModule;
}
namespace roadmap {
class RoadmapModule;
}

// The server's object graph, built once from a validated config: the database (migrated), the
// password hasher, the modules (each a feature's stores, services, routes and jobs), the route
// table and the job runner. A feature joins with one line in the constructor's module list.
class ServerApp {
public:
    explicit ServerApp(ServerConfig config);

    const ServerConfig &config() const { return m_config; }
    AuthService &auth() { return m_accounts->auth(); }
    AccountStore &accounts() { return m_accounts->accounts(); }
    Router &router() { return m_router; }
    ChecklistService &checklists() { return m_onboarding->checklists(); }
    metrics::MetricsModule &metrics() { return *m_metrics; }
    referrals::ReferralsModule &referrals() { return *m_referrals; }
    roadmap::RoadmapModule &roadmap() { return *m_roadmap; }
    Database &database() { return m_database; }
    // For --rotate-key: false when another process uses the data folder (DataDirLock).
    bool lockDataDirAlone() { return m_dataDirLock.tryExclusive(); }

    // Runs the jobs and listens until SIGTERM or SIGINT, then lets running requests and a running
    // job finish. Returns the exit code.
    int serve();

private:
    ServerConfig m_config;
    Database m_database;
    DataDirLock m_dataDirLock; // before the key ring is read
    PasswordHasher m_hasher;
    bool m_keyFileCreated = false; // checked once the database is migrated
    SecretBox m_secrets;
    ModuleContext m_context;
    // First of the modules: the router asks it who a token belongs to.
    std::unique_ptr<AccountsModule> m_accounts;
    IdempotencyStore m_idempotencyStore;
    Idempotency m_idempotency;
    Router m_router;
    std::vector<std::unique_ptr<Module>> m_modules;
    OnboardingModule *m_onboarding = nullptr;          // one of m_modules; the demo data fills its checklist
    metrics::MetricsModule *m_metrics = nullptr;       // one of m_modules; the demo data fills its numbers
    referrals::ReferralsModule *m_referrals = nullptr; // one of m_modules; the demo data clicks its links
    roadmap::RoadmapModule *m_roadmap = nullptr;       // one of m_modules; the demo data sets a stage
    // Last: its thread uses the members above, so it stops before they go.
    JobRunner m_jobs;
};

} // namespace kp::server
