#pragma once

#include "server/metrics/MetricsConnector.h"
#include "server/security/Clock.h"
#include "shared/Metrics.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kp::server {

class Database;

namespace metrics {

// A row of `ad_accounts` (0005_metrics.sql). `sealedCredentials` stays sealed here: only the
// sync opens it, right before a connector needs it.
struct AdAccountRecord {
    qint64 id = 0;
    QString accountId; // the customer
    QString provider;
    QString externalId;
    QString sealedCredentials; // empty for CSV sources
    QString status = QStringLiteral("syncing");
    QString lastError;
    QDateTime lastSyncedAt;
    QDateTime lastTriedAt;
    QDateTime throttledUntil;
    QDate historyFrom; // invalid until the first full read succeeded
    QString currency;
    QString timeZone;
    QString attribution;
    QDateTime createdAt;

    // The public view: everything but the credentials. provisionalFrom comes from the caller.
    kp::metrics::MetricsSource toSource(QDate provisionalFrom = {}) const;
};

// What one sync of a source ended with.
struct SyncResult {
    SourceStatus status = SourceStatus::Ok;
    QString lastError;                 // empty: cleared
    QDateTime throttledUntil;          // invalid: none
    std::optional<AdAccountInfo> info; // the platform's settings, when read
    QDate historyFrom;                 // set when this sync read the whole history
    bool succeeded = false;            // moves last_synced_at
};

// Owns every SQL statement on `ad_accounts`. Each write is one statement, joining a caller's
// WriteTransaction where there is one.
class AdAccountStore {
public:
    AdAccountStore(Database &database, Clock clock);

    QList<AdAccountRecord> forAccount(const QString &accountId);
    std::optional<AdAccountRecord> find(const QString &accountId, const QString &provider, const QString &externalId);
    // Every source with credentials whose throttling (if any) has ended, for the sync job;
    // only the customer's when accountId is set.
    QList<AdAccountRecord> dueForSync(const QString &accountId = {});

    // Adds the source or replaces its credentials; a replaced token starts over as "syncing"
    // with its error cleared (the history already read stays).
    AdAccountRecord connect(const QString &accountId, const QString &provider, const QString &externalId,
                            const QString &sealedCredentials);
    bool remove(const QString &accountId, const QString &provider, const QString &externalId);
    void markSyncing(qint64 id);
    void recordSync(qint64 id, const SyncResult &result);
    // A CSV import: the source exists afterwards and counts as synced now.
    AdAccountRecord touchImported(const QString &accountId, const QString &externalId);

private:
    QString now() const;

    Database &m_database;
    Clock m_clock;
};

} // namespace metrics
} // namespace kp::server
