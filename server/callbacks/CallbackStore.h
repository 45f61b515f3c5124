#pragma once

#include "server/core/PageRequest.h"
#include "server/security/Clock.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kp::server {

class Database;

namespace callbacks {

// A row of `callback_deliveries` (0006_callbacks.sql).
struct DeliveryRecord {
    qint64 id = 0;
    QString callbackId;
    QString channel;
    QString deliveryKey;
    QString state = QStringLiteral("pending"); // pending | delivered | failed
    int attempts = 0;
    QDateTime nextAttemptAt; // invalid unless pending
    QString lastError;
    QDateTime deliveredAt;
};

// A row of `callbacks` with its customer (from `accounts`) and its deliveries.
struct CallbackRecord {
    QString id;
    QString accountId;
    QString phone; // E.164; empty for an upsell interest without a phone in the profile
    QString note;
    QString topic = QStringLiteral("callback"); // callback | upsell (an interest in an upsell)
    QString status = QStringLiteral("open");    // open | called_back | closed, as stored
    QDateTime createdAt;
    QDateTime updatedAt;
    QString customerName;
    QString customerCompany;
    QString customerEmail;
    QList<DeliveryRecord> deliveries;
};

struct CallbackPage {
    QList<CallbackRecord> items;
    QString nextCursor; // empty on the last page
};

// Which callbacks a list holds; an empty field does not filter.
struct CallbackFilter {
    QString accountId;    // one customer's own
    QString topic;        // one topic
    QStringList statuses; // stored statuses
};

// Owns every SQL statement on `callbacks` and `callback_deliveries`. Each write joins a caller's
// WriteTransaction where there is one.
class CallbackStore {
public:
    CallbackStore(Database &database, Clock clock);

    // The request and one pending delivery per channel, due now, in one transaction (the outbox).
    // nullopt when the customer filed `perHour` requests of the same topic within the last hour
    // already; `oldest` then holds the first of them (counted in the same transaction, so
    // parallel requests cannot all slip past the limit). `perHour` 0: no limit.
    std::optional<CallbackRecord> insert(const CallbackRecord &request, const QStringList &channels, int perHour,
                                         QDateTime *oldest);

    std::optional<CallbackRecord> find(const QString &id);
    // Newest first; nullopt for a cursor this store did not make.
    std::optional<CallbackPage> list(const CallbackFilter &filter, const PageRequest &page);
    int openCount();
    // false when there is no such callback.
    bool setStatus(const QString &id, const QString &status);

    // Pending deliveries whose time has come, oldest due first, at most `limit`, leaving out
    // the rows of `pausedChannels`.
    QList<DeliveryRecord> dueDeliveries(int limit, const QStringList &pausedChannels = {});
    // Takes a due row for one attempt: attempts + 1, and next_attempt_at moved to `retryAt`, so
    // a crash while sending tries again then. false when the row is no longer due (not ours).
    bool claim(qint64 deliveryId, const QDateTime &retryAt);
    void markDelivered(qint64 deliveryId);
    void markRetry(qint64 deliveryId, const QDateTime &retryAt, const QString &error);
    void markFailed(qint64 deliveryId, const QString &error);

    QDateTime now() const { return m_clock(); }

private:
    QList<DeliveryRecord> deliveriesOf(const QString &callbackId);

    Database &m_database;
    Clock m_clock;
};

} // namespace callbacks
} // namespace kp::server
