#include "server/metrics/AdAccountStore.h"

#include "server/db/Database.h"
#include "shared/Account.h"

namespace kp::server::metrics {
namespace {

#define AD_ACCOUNT_COLUMNS                                                                                             \
    "id, account_id, provider, external_id, credentials, status, last_error, last_synced_at, last_tried_at, "          \
    "throttled_until, history_from, currency, time_zone, attribution, created_at FROM ad_accounts "

AdAccountRecord rowToRecord(const Query &row)
{
    AdAccountRecord record;
    record.id = row.integer(0);
    record.accountId = row.text(1);
    record.provider = row.text(2);
    record.externalId = row.text(3);
    record.sealedCredentials = row.text(4);
    record.status = row.text(5);
    record.lastError = row.text(6);
    record.lastSyncedAt = fromApiInstant(row.text(7));
    record.lastTriedAt = fromApiInstant(row.text(8));
    record.throttledUntil = fromApiInstant(row.text(9));
    record.historyFrom = kp::metrics::fromApiDate(row.text(10));
    record.currency = row.text(11);
    record.timeZone = row.text(12);
    record.attribution = row.text(13);
    record.createdAt = fromApiInstant(row.text(14));
    return record;
}

} // namespace

kp::metrics::MetricsSource AdAccountRecord::toSource(QDate provisionalFrom) const
{
    kp::metrics::MetricsSource source;
    source.provider = provider;
    source.accountId = externalId;
    source.status = status;
    source.lastError = lastError;
    source.lastSyncedAt = lastSyncedAt;
    source.currency = currency;
    source.timeZone = timeZone;
    source.attribution = attribution;
    source.provisionalFrom = provisionalFrom;
    return source;
}

AdAccountStore::AdAccountStore(Database &database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

QString AdAccountStore::now() const
{
    return toApiInstant(m_clock());
}

QList<AdAccountRecord> AdAccountStore::forAccount(const QString &accountId)
{
    auto row = m_database.connection().query(
        "SELECT " AD_ACCOUNT_COLUMNS "WHERE account_id = ? ORDER BY created_at, id", accountId);
    QList<AdAccountRecord> all;
    while (row.next())
        all.append(rowToRecord(row));
    return all;
}

std::optional<AdAccountRecord> AdAccountStore::find(const QString &accountId, const QString &provider,
                                                    const QString &externalId)
{
    auto row = m_database.connection().query("SELECT " AD_ACCOUNT_COLUMNS
                                             "WHERE account_id = ? AND provider = ? AND external_id = ?",
                                             accountId, provider, externalId);
    if (!row.next())
        return std::nullopt;
    return rowToRecord(row);
}

QList<AdAccountRecord> AdAccountStore::dueForSync(const QString &accountId)
{
    auto row = m_database.connection().query(
        "SELECT " AD_ACCOUNT_COLUMNS "WHERE credentials IS NOT NULL AND (? = '' OR account_id = ?) "
        "AND (throttled_until IS NULL OR throttled_until <= ?) ORDER BY last_tried_at IS NOT NULL, last_tried_at, id",
        accountId, accountId, now());
    QList<AdAccountRecord> all;
    while (row.next())
        all.append(rowToRecord(row));
    return all;
}

AdAccountRecord AdAccountStore::connect(const QString &accountId, const QString &provider, const QString &externalId,
                                        const QString &sealedCredentials)
{
    auto &connection = m_database.connection();
    WriteTransaction transaction(connection);
    connection
        .query("INSERT INTO ad_accounts (account_id, provider, external_id, credentials, status, created_at) "
               "VALUES (?, ?, ?, ?, 'syncing', ?) "
               "ON CONFLICT (account_id, provider, external_id) DO UPDATE SET credentials = excluded.credentials, "
               "status = 'syncing', last_error = NULL, throttled_until = NULL",
               accountId, provider, externalId, nullIfEmpty(sealedCredentials), now())
        .run();
    auto record = find(accountId, provider, externalId);
    transaction.commit();
    return *record;
}

bool AdAccountStore::remove(const QString &accountId, const QString &provider, const QString &externalId)
{
    return m_database.connection()
               .query("DELETE FROM ad_accounts WHERE account_id = ? AND provider = ? AND external_id = ?", accountId,
                      provider, externalId)
               .run()
        > 0;
}

void AdAccountStore::markSyncing(qint64 id)
{
    m_database.connection()
        .query("UPDATE ad_accounts SET status = 'syncing', last_tried_at = ? WHERE id = ?", now(), id)
        .run();
}

void AdAccountStore::recordSync(qint64 id, const SyncResult &result)
{
    auto &connection = m_database.connection();
    WriteTransaction transaction(connection);
    connection
        .query("UPDATE ad_accounts SET status = ?, last_error = ?, throttled_until = ?, last_tried_at = ?, "
               "last_synced_at = CASE WHEN ? THEN ? ELSE last_synced_at END, "
               "history_from = COALESCE(?, history_from) WHERE id = ?",
               sourceStatusName(result.status), nullIfEmpty(result.lastError), nullIfInvalid(result.throttledUntil),
               now(), result.succeeded, now(),
               result.historyFrom.isValid() ? std::optional<QString>(kp::metrics::toApiDate(result.historyFrom))
                                            : std::nullopt,
               id)
        .run();
    if (result.info)
        connection
            .query("UPDATE ad_accounts SET currency = ?, time_zone = ?, attribution = ? WHERE id = ?",
                   nullIfEmpty(result.info->currency), nullIfEmpty(result.info->timeZone),
                   nullIfEmpty(result.info->attribution), id)
            .run();
    transaction.commit();
}

AdAccountRecord AdAccountStore::touchImported(const QString &accountId, const QString &externalId)
{
    auto &connection = m_database.connection();
    WriteTransaction transaction(connection);
    const auto at = now();
    connection
        .query("INSERT INTO ad_accounts (account_id, provider, external_id, status, last_synced_at, last_tried_at, "
               "created_at) VALUES (?, 'csv', ?, 'ok', ?, ?, ?) "
               "ON CONFLICT (account_id, provider, external_id) DO UPDATE SET status = 'ok', last_error = NULL, "
               "last_synced_at = excluded.last_synced_at, last_tried_at = excluded.last_tried_at",
               accountId, externalId, at, at, at)
        .run();
    auto record = find(accountId, QStringLiteral("csv"), externalId);
    transaction.commit();
    return *record;
}

} // namespace kp::server::metrics
