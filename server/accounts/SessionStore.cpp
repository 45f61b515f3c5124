#include "server/accounts/SessionStore.h"

#include "server/db/Database.h"
#include "server/security/Tokens.h"
#include "shared/Account.h"

namespace kp::server {

SessionStore::SessionStore(Database &database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

SessionStore::NewSession SessionStore::create(const QString &accountId, int ttlDays)
{
    const auto now = m_clock();
    NewSession session {tokens::newSessionToken(), {}, now.addDays(ttlDays)};
    session.tokenHash = tokens::hashToken(session.token);
    m_database.connection()
        .query("INSERT INTO sessions (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
               session.tokenHash, accountId, toApiInstant(now), toApiInstant(session.expiresAt))
        .run();
    return session;
}

std::optional<QString> SessionStore::accountIdFor(const QString &tokenHash)
{
    auto row = m_database.connection().query("SELECT account_id FROM sessions WHERE token_hash = ? AND expires_at > ?",
                                             tokenHash, toApiInstant(m_clock()));
    return row.next() ? std::optional(row.text(0)) : std::nullopt;
}

void SessionStore::revoke(const QString &tokenHash)
{
    m_database.connection().query("DELETE FROM sessions WHERE token_hash = ?", tokenHash).run();
}

int SessionStore::revokeOthers(const QString &accountId, const QString &keptTokenHash)
{
    return m_database.connection()
        .query("DELETE FROM sessions WHERE account_id = ? AND token_hash <> ?", accountId, keptTokenHash)
        .run();
}

int SessionStore::deleteExpired()
{
    return m_database.connection().query("DELETE FROM sessions WHERE expires_at <= ?", toApiInstant(m_clock())).run();
}

} // namespace kp::server
