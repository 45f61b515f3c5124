#include "server/metrics/MetricDayStore.h"

#include "server/db/Database.h"

#include <algorithm>

namespace kp::server::metrics {
namespace {

using kp::metrics::Granularity;

// Sums of the customer's day rollup, grouped by the stored bucket key.
#define SUM_COLUMNS                                                                                                    \
    "SUM(leads_milli), SUM(spend_micros), SUM(clicks), SUM(impressions) FROM metric_account_days "                     \
    "WHERE account_id = ? AND day BETWEEN ? AND ? GROUP BY 1"

constexpr const char *sumsByDay = "SELECT day, " SUM_COLUMNS;
constexpr const char *sumsByWeek = "SELECT week_start, " SUM_COLUMNS;
constexpr const char *sumsByMonth = "SELECT month_start, " SUM_COLUMNS;
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

// Rebuilds the rollup of the ad account's customer for [from, to] from every one of their ad
// accounts' rows. strftime's %w counts Sunday as 0, so (w + 6) % 7 is the distance back to
// Monday, the ISO week's first day.
void rollUp(Connection &connection, const QString &accountId, const QString &from, const QString &to)
{
    connection
        .query("DELETE FROM metric_account_days WHERE account_id = ? AND day BETWEEN ? AND ?", accountId, from, to)
        .run();
    connection
        .query("INSERT INTO metric_account_days (account_id, day, week_start, month_start, leads_milli, "
               "spend_micros, clicks, impressions) "
               "SELECT a.account_id, d.day, "
               "date(d.day, '-' || ((CAST(strftime('%w', d.day) AS INTEGER) + 6) % 7) || ' days'), "
               "substr(d.day, 1, 8) || '01', SUM(d.leads_milli), SUM(d.spend_micros), SUM(d.clicks), "
               "SUM(d.impressions) FROM metric_days d JOIN ad_accounts a ON a.id = d.ad_account_id "
               "WHERE a.account_id = ? AND d.day BETWEEN ? AND ? GROUP BY d.day",
               accountId, from, to)
        .run();
}

QString customerOf(Connection &connection, qint64 adAccountId)
{
    auto row = connection.query("SELECT account_id FROM ad_accounts WHERE id = ?", adAccountId);
    return row.next() ? row.text(0) : QString();
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
    auto first = from;
    auto last = to;
    for (const auto &day : days) {
        first = std::min(first, day.day);
        last = std::max(last, day.day);
    }
    rollUp(connection, customerOf(connection, adAccountId), kp::metrics::toApiDate(first),
           kp::metrics::toApiDate(last));
    transaction.commit();
}

void MetricDayStore::upsert(qint64 adAccountId, const QList<DailyMetrics> &days, const QString &syncedAt)
{
    if (days.isEmpty())
        return;
    auto &connection = m_database.connection();
    WriteTransaction transaction(connection);
    insertDays(connection, adAccountId, days, syncedAt);
    const auto [first, last]
        = std::minmax_element(days.begin(), days.end(), [](const auto &a, const auto &b) { return a.day < b.day; });
    rollUp(connection, customerOf(connection, adAccountId), kp::metrics::toApiDate(first->day),
           kp::metrics::toApiDate(last->day));
    transaction.commit();
}

void MetricDayStore::rollUpAll(const QString &accountId)
{
    auto &connection = m_database.connection();
    WriteTransaction transaction(connection);
    rollUp(connection, accountId, QStringLiteral("0000-00-00"), QStringLiteral("9999-99-99"));
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

QDate MetricDayStore::firstDayWithLeads(const QString &accountId)
{
    auto row = m_database.connection().query(
        "SELECT MIN(day) FROM metric_account_days WHERE account_id = ? AND leads_milli > 0", accountId);
    return row.next() ? QDate::fromString(row.text(0), Qt::ISODate) : QDate();
}

} // namespace kp::server::metrics
