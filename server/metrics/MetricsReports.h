#pragma once

#include "server/metrics/AdAccountStore.h"
#include "server/metrics/MetricDayStore.h"
#include "server/metrics/MetricsSettings.h"
#include "shared/Metrics.h"

namespace kp::server {

class Database;

namespace metrics {

// GET /api/v1/metrics: a customer's buckets, totals and the previous period of the same length,
// with each source's small print (status, last good sync, time zone, attribution, the days the
// platform may still revise).
class MetricsReports {
public:
    MetricsReports(Database &database, AdAccountStore &adAccounts, MetricDayStore &days,
                   const MetricsSettings &settings);

    kp::metrics::MetricsReport report(const QString &accountId, const kp::metrics::DateSpan &range,
                                      kp::metrics::Granularity granularity);

    // The first day of a source's newest `provisional_days`, counted back from its last sync
    // in its own time zone; invalid when it never synced, is a CSV import, or the setting is 0.
    QDate provisionalFrom(const AdAccountRecord &source) const;

private:
    Database &m_database;
    AdAccountStore &m_adAccounts;
    MetricDayStore &m_days;
    const MetricsSettings &m_settings;
};

} // namespace metrics
} // namespace kp::server
