#include "server/messenger/ContactSyncStore.h"

#include "server/db/Database.h"
#include "shared/Account.h"

namespace kp::server::messenger {

ContactSyncStore::ContactSyncStore(Database &database)
    : m_database(database)
{
}

QList<DueContact> ContactSyncStore::due(const QDateTime &now, int limit)
{
    auto row = m_database.connection().query(
        "SELECT a.id, a.email, a.name, a.created_at, c.contact_id, COALESCE(c.attempts, 0) "
        "FROM accounts a LEFT JOIN intercom_contacts c ON c.account_id = a.id "
        "WHERE a.status = 'approved' AND a.role = 'customer' "
        "AND (c.account_id IS NULL OR c.synced_email IS NOT a.email OR c.synced_name IS NOT a.name) "
        "AND (c.next_attempt_at IS NULL OR c.next_attempt_at <= ?) "
        "ORDER BY a.rowid LIMIT ?",
        toApiInstant(now), limit);
    QList<DueContact> due;
    while (row.next())
        due.append(
            {row.text(0), row.text(1), row.text(2), fromApiInstant(row.text(3)), row.text(4), int(row.integer(5))});
    return due;
}

void ContactSyncStore::markSynced(const DueContact &contact, const QString &contactId, const QDateTime &now)
{
    // One statement: atomic without a transaction of its own (it joins the caller's, if any).
    m_database.connection()
        .query("INSERT INTO intercom_contacts (account_id, contact_id, synced_email, synced_name, synced_at, attempts, "
               "next_attempt_at, last_error) VALUES (?, ?, ?, ?, ?, 0, NULL, NULL) "
               "ON CONFLICT (account_id) DO UPDATE SET contact_id = excluded.contact_id, "
               "synced_email = excluded.synced_email, synced_name = excluded.synced_name, "
               "synced_at = excluded.synced_at, attempts = 0, next_attempt_at = NULL, last_error = NULL",
               contact.accountId, contactId, contact.email, contact.name, toApiInstant(now))
        .run();
}

void ContactSyncStore::markFailed(const DueContact &contact, const QString &error, const QDateTime &nextAttempt)
{
    m_database.connection()
        .query("INSERT INTO intercom_contacts (account_id, attempts, next_attempt_at, last_error) VALUES (?, 1, ?, ?) "
               "ON CONFLICT (account_id) DO UPDATE SET attempts = attempts + 1, "
               "next_attempt_at = excluded.next_attempt_at, last_error = excluded.last_error",
               contact.accountId, toApiInstant(nextAttempt), error)
        .run();
}

} // namespace kp::server::messenger
