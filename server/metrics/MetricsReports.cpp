#include "server/metrics/MetricsReports.h"

#include "server/db/Database.h"

#include <QTimeZone>

namespace kp::server::metrics {

using kp::metrics::Granularity;

MetricsReports::MetricsReports(Database &database, AdAccountStore &adAccounts, MetricDayStore &days,
                               const MetricsSettings &settings, MetricsGeneration &generation)
    : m_database(database)
    , m_adAccounts(adAccounts)
    , m_days(days)
    , m_settings(settings)
    , m_generation(generation)
{
}

QJsonObject MetricsReports::answer(const QString &accountId, const kp::metrics::DateSpan &range,
                                   Granularity granularity)
{
    const auto key = accountId + QLatin1Char('|') + kp::metrics::toApiDate(range.start) + QLatin1Char('|')
        + kp::metrics::toApiDate(range.end) + QLatin1Char('|') + kp::metrics::granularityName(granularity);
    // Read before computing: a write that begins meanwhile makes this answer out of date at once.
    const auto generation = m_generation.value();
    {
        const std::lock_guard lock(m_cacheMutex);
        if (const auto *cached = m_cache.object(key); cached && cached->generation == generation)
            return cached->json;
    }
    auto json = report(accountId, range, granularity).toJson();
    const std::lock_guard lock(m_cacheMutex);
    m_cache.insert(key, new Cached {generation, json});
    return json;
}

QDate MetricsReports::provisionalFrom(const AdAccountRecord &source) const
{
    if (m_settings.provisionalDays == 0 || !source.lastSyncedAt.isValid() || source.provider == QLatin1String("csv"))
        return {};
    const QTimeZone zone(source.timeZone.toUtf8());
    const auto lastDay = zone.isValid() ? source.lastSyncedAt.toTimeZone(zone).date() : source.lastSyncedAt.date();
    return lastDay.addDays(1 - m_settings.provisionalDays);
}

kp::metrics::MetricsReport MetricsReports::report(const QString &accountId, const kp::metrics::DateSpan &range,
                                                  Granularity granularity)
{
    // One snapshot: a sync committing halfway through must not split the answer.
    ReadTransaction snapshot(m_database.connection());
    kp::metrics::MetricsReport report;
    report.range = range;
    report.granularity = granularity;
    for (const auto &source : m_adAccounts.forAccount(accountId)) {
        auto view = source.toSource(provisionalFrom(source));
        if (report.currency.isEmpty())
            report.currency = view.currency;
        if (view.provisionalFrom.isValid()
            && (!report.provisionalFrom.isValid() || view.provisionalFrom < report.provisionalFrom))
            report.provisionalFrom = view.provisionalFrom;
        report.sources.append(view);
    }
    const auto sums = m_days.sums(accountId, range.start, range.end, granularity);
    for (const auto &span : kp::metrics::bucketsOf(range.start, range.end, granularity)) {
        const auto values = sums.value(span.start);
        report.buckets.append({span, values});
        report.totals += values;
    }
    const auto previous = kp::metrics::previousPeriod(range);
    report.previousRange = previous;
    report.previous = m_days.sums(accountId, previous.start, previous.end, Granularity::Total).value(previous.start);
    return report;
}

} // namespace kp::server::metrics
