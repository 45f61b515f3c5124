#pragma once

#include "server/security/Clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace kp::server {

class Database;

// Owns the SQL of `idempotent_replies`: the first answer to each (account, Idempotency-Key).
class IdempotencyStore {
public:
    IdempotencyStore(Database &database, Clock clock);

    struct Reply {
        QString request; // what was asked: method, path and a hash of the body
        int status = 0;
        QString contentType;
        QByteArray body;
    };

    // The answer kept for the key, if it is younger than `maxAge`.
    std::optional<Reply> find(const QString &accountId, const QString &key, std::chrono::seconds maxAge);
    // Keeps the answer; a key kept already and younger than `maxAge` stays as it was.
    void save(const QString &accountId, const QString &key, const Reply &reply, std::chrono::seconds maxAge);
    int deleteOlderThan(std::chrono::seconds maxAge);

private:
    Database &m_database;
    Clock m_clock;
};

} // namespace kp::server
