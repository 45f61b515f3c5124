#pragma once

#include "server/security/Clock.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace kp::server {

class Database;

// Owns the SQL of the `sessions` table. The table holds token hashes only: a copy of the
// database does not let anyone log in.
class SessionStore {
public:
    SessionStore(Database &database, Clock clock);

    struct NewSession {
        QString token; // handed to the client once, never stored
        QString tokenHash;
        QDateTime expiresAt;
    };
    NewSession create(const QString &accountId, int ttlDays);

    // The account of an unexpired session.
    std::optional<QString> accountIdFor(const QString &tokenHash);
    void revoke(const QString &tokenHash);
    // Ends every session of the account but the one given; returns how many ended.
    int revokeOthers(const QString &accountId, const QString &keptTokenHash);
    int deleteExpired();

private:
    Database &m_database;
    Clock m_clock;
};

} // namespace kp::server
