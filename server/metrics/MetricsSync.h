#pragma once

#include "server/metrics/AdAccountStore.h"
#include "server/metrics/MetricDayStore.h"
#include "server/metrics/MetricsConnector.h"
#include "server/metrics/MetricsGeneration.h"
#include "server/metrics/MetricsSettings.h"
#include "server/security/Clock.h"

#include <map>
#include <memory>

namespace kp::server {

class Database;
class SecretBox;

namespace metrics {

// The sync job: reads every due source through its platform's connector and stores its days.
// The first successful read of a source covers the platform's whole history
// (connector.historyMonths()); every later one re-reads the last [sync] metrics_recent_days,
// which the platforms keep revising. A source's days are replaced range by range in one
// transaction with its new status, so a failed or killed sync leaves the previous numbers.
// A throttled source waits until the platform's time is up; a source whose token expired says
// so (needs_token) and keeps its last good numbers and last_synced_at.
class MetricsSync {
public:
    using Connectors = std::map<QString, std::unique_ptr<MetricsConnector>>;

    MetricsSync(Database &database, AdAccountStore &adAccounts, MetricDayStore &days, const SecretBox &secrets,
                const MetricsSettings &settings, Connectors connectors, Clock clock, MetricsGeneration &generation);

    // Syncs every due source (only the customer's when accountId is set); returns how many it tried.
    int syncDue(const QString &accountId = {});
    void sync(const AdAccountRecord &source);

    bool hasConnector(const QString &provider) const { return m_connectors.count(provider) > 0; }

private:
    void fail(const AdAccountRecord &source, const SourceProblem &problem,
              const std::optional<AdAccountInfo> &info = {});
    // Another currency than the customer's other sources: totals would mix them.
    QString currencyConflict(const AdAccountRecord &source, const AdAccountInfo &info);

    Database &m_database;
    AdAccountStore &m_adAccounts;
    MetricDayStore &m_days;
    const SecretBox &m_secrets;
    const MetricsSettings &m_settings;
    Connectors m_connectors;
    Clock m_clock;
    MetricsGeneration &m_generation;
};

} // namespace metrics
} // namespace kp::server
