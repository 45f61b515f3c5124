#pragma once

#include "server/app/Module.h"
#include "server/integrations/google_sheets/Retrier.h"
#include "server/metrics/AdAccountService.h"
#include "server/metrics/AdAccountStore.h"
#include "server/metrics/MetricDayStore.h"
#include "server/metrics/MetricsReports.h"
#include "server/metrics/MetricsSync.h"

namespace kp::server {

class AccountsModule;

namespace metrics {

// Ad metrics (issue 15): the ad accounts an admin connects to a customer (credentials sealed),
// the job that syncs them from Facebook and Google Ads every [sync] metrics_interval_min, CSV
// imports of any other platform, and GET /api/v1/metrics with day / week / month / total buckets.
class MetricsModule : public Module {
public:
    static constexpr const char *kSyncJob = "metrics sync";

    // `connectors`: one per platform this server can read (makeMetricsConnectors); tests pass their own.
    MetricsModule(const ModuleContext &context, AccountsModule &accounts, MetricsSync::Connectors connectors);

    void addRoutes(Router &router) override;
    void addJobs(JobRunner &jobs) override;

    MetricsSync &sync() { return m_sync; }
    AdAccountService &adAccounts() { return m_service; }
    AdAccountStore &adAccountStore() { return m_adAccounts; }
    MetricDayStore &dayStore() { return m_days; }

private:
    // Asks the job to run now; returns how many of the customer's (or all) sources are due.
    int syncSoon(const QString &accountId);

    const ModuleContext &m_context;
    MetricsGeneration m_generation;
    AdAccountStore m_adAccounts;
    MetricDayStore m_days;
    MetricsReports m_reports;
    MetricsSync m_sync;
    AdAccountService m_service;
    JobRunner *m_jobs = nullptr;
};

// The connectors the config enables: Facebook always (its tokens come with each ad account),
// Google Ads when [google] client_id, client_secret and developer_token are set. `sleep` waits
// inside a sync (Facebook's async reports) and returns false when the server is stopping.
MetricsSync::Connectors makeMetricsConnectors(const ServerConfig &config, google::Sleeper sleep);

} // namespace metrics
} // namespace kp::server
