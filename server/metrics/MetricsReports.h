#pragma once

#include "server/metrics/AdAccountStore.h"
#include "server/metrics/MetricDayStore.h"
#include "server/metrics/MetricsGeneration.h"
#include "server/metrics/MetricsSettings.h"
#include "shared/Metrics.h"

#include <QCache>
#include <QJsonObject>

#include <mutex>

namespace kp::server {

class Database;

namespace metrics {

// GET /api/v1/metrics: a customer's buckets, totals and the previous period of the same length,
// with each source's small print (status, last good sync, time zone, attribution, the days the
// platform may still revise).
//
// Answers are kept until the next write to the metric tables (MetricsGeneration): a dashboard
// asks the same few questions again and again between two syncs (every open, every refresh, its
// If-None-Match), and each one then costs a lookup instead of two SQL sums and the JSON.
class MetricsReports {
public:
    MetricsReports(Database &database, AdAccountStore &adAccounts, MetricDayStore &days,
                   const MetricsSettings &settings, MetricsGeneration &generation);

    kp::metrics::MetricsReport report(const QString &accountId, const kp::metrics::DateSpan &range,
                                      kp::metrics::Granularity granularity);
    // report() as the route's JSON, from the cache while no write came between.
    QJsonObject answer(const QString &accountId, const kp::metrics::DateSpan &range,
                       kp::metrics::Granularity granularity);

    // The first day of a source's newest `provisional_days`, counted back from its last sync
    // in its own time zone; invalid when it never synced, is a CSV import, or the setting is 0.
    QDate provisionalFrom(const AdAccountRecord &source) const;

private:
    Database &m_database;
    AdAccountStore &m_adAccounts;
    MetricDayStore &m_days;
    const MetricsSettings &m_settings;
    MetricsGeneration &m_generation;

    struct Cached {
        std::uint64_t generation;
        QJsonObject json;
    };
    std::mutex m_cacheMutex;
    QCache<QString, Cached> m_cache {2000}; // answers; the least recently asked go first
};

} // namespace metrics
} // namespace kp::server
