#include "server/metrics/MetricDayStore.h"

#include "server/db/Database.h"

namespace kp::server::metrics {
namespace {

using kp::metrics::Granularity;

// The bucket's first day as SQL over `d.day` (ISO text): strftime's %w counts Sunday as 0, so
// (w + 6) % 7 is the distance back to Monday, the ISO week's first day.
#define SUM_COLUMNS                                                                                                    \
    "SUM(d.leads_milli), SUM(d.spend_micros), SUM(d.clicks), SUM(d.impressions) "                                      \
    "FROM metric_days d JOIN ad_accounts a ON a.id = d.ad_account_id "                                                 \
    "WHERE a.account_id = ? AND d.day BETWEEN ? AND ? GROUP BY 1"

constexpr const char *sumsByDay = "SELECT d.day, " SUM_COLUMNS;
constexpr const char *sumsByWeek
    = "SELECT date(d.day, '-' || ((CAST(strftime('%w', d.day) AS INTEGER) + 6) % 7) || ' days'), " SUM_COLUMNS;
constexpr const char *sumsByMonth = "SELECT substr(d.day, 1, 8) || '01', " SUM_COLUMNS;
constexpr const char *sumsInTotal = "SELECT '', " SUM_COLUMNS;

const char *sumsQuery(Granularity granularity)
{
    switch (granularity) {
    case Granularity::Day:
        return sumsByDay;
    case Granularity::Week:
        return sumsByWeek;
    case Granularity::Month:
        return sumsByMonth;
    case Granularity::Total:
        break;
    }
    return sumsInTotal;
}

void insertDays(Connection &connection, qint64 adAccountId, const QList<DailyMetrics> &days, const QString &syncedAt)
{
    for (const auto &day : days)
        connection
            .query("INSERT INTO metric_days (ad_account_id, day, leads_milli, spend_micros, clicks, impressions, "
                   "synced_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (ad_account_id, day) DO UPDATE SET "
                   "leads_milli = excluded.leads_milli, spend_micros = excluded.spend_micros, "
                   "clicks = excluded.clicks, impressions = excluded.impressions, synced_at = excluded.synced_at",
                   adAccountId, kp::metrics::toApiDate(day.day), day.values.leadsMilli, day.values.spendMicros,
                   day.values.clicks, day.values.impressions, syncedAt)
            .run();
}

} // namespace

MetricDayStore::MetricDayStore(Database &database)
    : m_database(database)
{
}

void MetricDayStore::replaceRange(qint64 adAccountId, QDate from, QDate to, const QList<DailyMetrics> &days,
                                  const QString &syncedAt)
{
    auto &connection = m_database.connection();
    WriteTransaction transaction(connection);
    connection
        .query("DELETE FROM metric_days WHERE ad_account_id = ? AND day BETWEEN ? AND ?", adAccountId,
               kp::metrics::toApiDate(from), kp::metrics::toApiDate(to))
        .run();
    insertDays(connection, adAccountId, days, syncedAt);
    transaction.commit();
}

void MetricDayStore::upsert(qint64 adAccountId, const QList<DailyMetrics> &days, const QString &syncedAt)
{
    auto &connection = m_database.connection();
    WriteTransaction transaction(connection);
    insertDays(connection, adAccountId, days, syncedAt);
    transaction.commit();
}

QMap<QDate, MetricValues> MetricDayStore::sums(const QString &accountId, QDate from, QDate to, Granularity granularity)
{
    auto row = m_database.connection().query(sumsQuery(granularity), accountId, kp::metrics::toApiDate(from),
                                             kp::metrics::toApiDate(to));
    QMap<QDate, MetricValues> sums;
    while (row.next()) {
        const auto key = granularity == Granularity::Total ? from : kp::metrics::fromApiDate(row.text(0));
        // A week that began before `from` is the range's first bucket, clipped.
        sums[std::max(key, from)] += MetricValues {row.integer(1), row.integer(2), row.integer(3), row.integer(4)};
    }
    return sums;
}

QDate MetricDayStore::firstDay(const QString &accountId)
{
    auto row = m_database.connection().query(
        "SELECT MIN(d.day) FROM metric_days d JOIN ad_accounts a ON a.id = d.ad_account_id WHERE a.account_id = ?",
        accountId);
    return row.next() ? kp::metrics::fromApiDate(row.text(0)) : QDate();
}

} // namespace kp::server::metrics
