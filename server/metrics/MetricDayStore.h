#pragma once

#include "server/metrics/MetricsConnector.h"
#include "shared/MetricsBuckets.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace kp::server {

class Database;

namespace metrics {

// Owns every SQL statement on `metric_days` and its per-customer rollup `metric_account_days`
// (0005_metrics.sql): the daily rows of each ad account, written by the sync and the CSV import,
// and summed into buckets for the metrics route. Each write rolls the customer's days up over
// all their ad accounts in the same transaction, so the sums run in SQL over the rollup's
// primary key (customer, day) and group by its stored week and month: a year of weekly buckets
// reads 365 rows, however many ad accounts the customer has.
class MetricDayStore {
public:
    explicit MetricDayStore(Database &database);

    // What the platform reports for [from, to] replaces what was stored for it, so a day the
    // platform revised to nothing (no row any more) becomes zero. Idempotent; one transaction
    // (joining the caller's).
    void replaceRange(qint64 adAccountId, QDate from, QDate to, const QList<DailyMetrics> &days,
                      const QString &syncedAt);
    // Adds or overwrites the given days and leaves the others (a CSV import of some days).
    void upsert(qint64 adAccountId, const QList<DailyMetrics> &days, const QString &syncedAt);

    // The customer's sums per bucket of [from, to], keyed by the bucket's first day (for
    // Total: `from`). Buckets without rows are absent. (The sync keeps one currency per
    // customer, so sums never mix two.)
    QMap<QDate, MetricValues> sums(const QString &accountId, QDate from, QDate to,
                                   kp::metrics::Granularity granularity);
    // Rebuilds the customer's whole rollup (after an ad account and its rows were removed).
    void rollUpAll(const QString &accountId);
    // The customer's earliest day with leads, or an invalid date.
    QDate firstDayWithLeads(const QString &accountId);

private:
    Database &m_database;
};

} // namespace metrics
} // namespace kp::server
