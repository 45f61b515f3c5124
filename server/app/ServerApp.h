#pragma once

#include "server/accounts/AccountStore.h"
#include "server/accounts/ApprovalService.h"
#include "server/accounts/AuthService.h"
#include "server/accounts/SessionStore.h"
#include "server/config/ServerConfig.h"
#include "server/db/Database.h"
#include "server/http/Router.h"
#include "server/jobs/JobRunner.h"
#include "server/security/PasswordHasher.h"

namespace kp::server {

// The server's object graph, built once from a validated config: database (migrated), stores,
// services, the route table and the periodic jobs. Features add a line to the constructor to
// join (a route file, a job).
class ServerApp {
public:
    explicit ServerApp(ServerConfig config);

    const ServerConfig &config() const { return m_config; }
    AuthService &auth() { return m_auth; }
    AccountStore &accounts() { return m_accounts; }
    Router &router() { return m_router; }

    // Runs the jobs and listens until SIGTERM or SIGINT, then lets running requests and a running
    // job finish. Returns the exit code.
    int serve();

private:
    ServerConfig m_config;
    Database m_database;
    PasswordHasher m_hasher;
    AccountStore m_accounts;
    SessionStore m_sessions;
    AuthService m_auth;
    ApprovalService m_approvals;
    Router m_router;
    // Last: its thread uses the members above, so it stops before they go.
    JobRunner m_jobs;
};

} // namespace kp::server
