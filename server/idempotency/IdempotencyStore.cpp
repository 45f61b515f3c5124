#include "server/idempotency/IdempotencyStore.h"

#include "server/db/Database.h"
#include "shared/Account.h"

namespace kp::server {

IdempotencyStore::IdempotencyStore(Database &database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

std::optional<IdempotencyStore::Reply> IdempotencyStore::find(const QString &accountId, const QString &key,
                                                              std::chrono::seconds maxAge)
{
    const auto oldest = toApiInstant(m_clock().addSecs(-maxAge.count()));
    auto row = m_database.connection().query("SELECT request, status, content_type, body FROM idempotent_replies "
                                             "WHERE account_id = ? AND key = ? AND created_at > ?",
                                             accountId, key, oldest);
    if (!row.next())
        return std::nullopt;
    return Reply {row.text(0), int(row.integer(1)), row.text(2), row.text(3).toUtf8()};
}

void IdempotencyStore::save(const QString &accountId, const QString &key, const Reply &reply,
                            std::chrono::seconds maxAge)
{
    // An expired answer under the same key gives way to the new one.
    m_database.connection()
        .query("INSERT INTO idempotent_replies (account_id, key, request, status, content_type, body, created_at) "
               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (account_id, key) DO UPDATE SET request = ?3, "
               "status = ?4, content_type = ?5, body = ?6, created_at = ?7 WHERE created_at <= ?8",
               accountId, key, reply.request, reply.status, reply.contentType, QString::fromUtf8(reply.body),
               toApiInstant(m_clock()), toApiInstant(m_clock().addSecs(-maxAge.count())))
        .run();
}

int IdempotencyStore::deleteOlderThan(std::chrono::seconds maxAge)
{
    return m_database.connection()
        .query("DELETE FROM idempotent_replies WHERE created_at <= ?", toApiInstant(m_clock().addSecs(-maxAge.count())))
        .run();
}

} // namespace kp::server
