#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace kp::server {

class Database;

namespace messenger {

// An approved customer whose Intercom contact is missing or out of date, as the sync job needs it.
struct DueContact {
    QString accountId;
    QString email;
    QString name;
    QDateTime createdAt;
    QString contactId; // Intercom's id from an earlier success, or empty
    int attempts = 0;  // failures since the last success
};

// The intercom_contacts table (migration 0007): the contact sync's state per account.
class ContactSyncStore {
public:
    explicit ContactSyncStore(Database &database);

    // Approved customers with no synced contact, or whose email or name changed since, whose
    // next attempt is due at `now`; oldest accounts first, at most `limit`.
    QList<DueContact> due(const QDateTime &now, int limit);
    void markSynced(const DueContact &contact, const QString &contactId, const QDateTime &now);
    void markFailed(const DueContact &contact, const QString &error, const QDateTime &nextAttempt);

private:
    Database &m_database;
};

} // namespace messenger
} // namespace kp::server
