#include "server/metrics/MetricsModule.h"

#include "server/accounts/AccountsModule.h"
#include "server/config/ServerConfig.h"
#include "server/integrations/facebook/FacebookConnector.h"
#include "server/integrations/google_ads/GoogleAdsConnector.h"
#include "server/jobs/JobRunner.h"
#include "server/metrics/MetricsRoutes.h"

namespace kp::server::metrics {

MetricsModule::MetricsModule(const ModuleContext &context, AccountsModule &accounts, MetricsSync::Connectors connectors)
    : m_context(context)
    , m_adAccounts(context.database, context.clock)
    , m_days(context.database)
    , m_reports(context.database, m_adAccounts, m_days, context.config.metrics, m_generation)
    , m_sync(context.database, m_adAccounts, m_days, context.secrets, context.config.metrics, std::move(connectors),
             context.clock, m_generation)
    , m_service(context.database, accounts.accounts(), m_adAccounts, m_days, m_reports, m_sync, context.secrets,
                m_generation)
{
}

void MetricsModule::addRoutes(Router &router)
{
    addMetricsRoutes(router, m_reports);
    addAdAccountRoutes(router, m_service, [this](const QString &accountId) { return syncSoon(accountId); });
}

void MetricsModule::addJobs(JobRunner &jobs)
{
    m_jobs = &jobs;
    jobs.add(QString::fromLatin1(kSyncJob), std::chrono::minutes(m_context.config.metrics.syncIntervalMin),
             [this] { m_sync.syncDue(); });
}

int MetricsModule::syncSoon(const QString &accountId)
{
    const auto due = int(m_adAccounts.dueForSync(accountId).size());
    if (m_jobs)
        m_jobs->runSoon(QString::fromLatin1(kSyncJob));
    return due;
}

MetricsSync::Connectors makeMetricsConnectors(const ServerConfig &config, google::Sleeper sleep)
{
    MetricsSync::Connectors connectors;
    connectors.emplace(QStringLiteral("facebook"),
                       std::make_unique<facebook::FacebookConnector>(config.facebook, std::move(sleep)));
    if (config.googleAds.enabled())
        connectors.emplace(
            QStringLiteral("google_ads"),
            std::make_unique<googleads::GoogleAdsConnector>(config.googleAds, config.googleSheets.oauthUrl));
    return connectors;
}

} // namespace kp::server::metrics
