#pragma once

#include "server/idempotency/IdempotencyStore.h"

#include <QString>

#include <chrono>
#include <mutex>
#include <set>
#include <variant>

namespace kp::server {

// API.md "Caching and offline": a mutating request with an `Idempotency-Key` from the same
// account within 24 hours gets the first answer again and has no second effect. The client's
// outbox resends a change with its key until it hears an answer, so a change whose answer was
// lost on the way is applied once.
//
// Kept: every answer the request itself decided (2xx, and 4xx but 429). Not kept: 429 and 5xx,
// which say "try again", and anything without an account (the key is per account).
// The effect and the kept answer are two writes, not one transaction: a handler may hash a
// password or write a file, and must not hold the database's write lock for that. A crash
// between them is the one case in which a resend repeats the effect.
class Idempotency {
public:
    static constexpr std::chrono::hours kKeep {24};

    explicit Idempotency(IdempotencyStore &store);

    // 1–128 visible ASCII characters (API.md).
    static bool isValidKey(const QString &key);

    // Marks one (account, key) as running until it is destroyed.
    class Claim {
    public:
        Claim(Claim &&other) noexcept;
        Claim(const Claim &) = delete;
        Claim &operator=(const Claim &) = delete;
        Claim &operator=(Claim &&) = delete;
        ~Claim();

    private:
        friend class Idempotency;
        Claim(Idempotency *owner, QString slot, QString accountId, QString key, QString request);
        Idempotency *m_owner;
        QString m_slot;
        QString m_accountId;
        QString m_key;
        QString m_request;
    };

    // The kept answer for the key, or a claim to run the request and keep() its answer.
    // Throws a conflict while the same key runs, or when it was used for another request.
    // `request` identifies what is asked (method, path, body hash).
    std::variant<IdempotencyStore::Reply, Claim> begin(const QString &accountId, const QString &key,
                                                       const QString &request);
    void keep(const Claim &claim, int status, const QString &contentType, const QByteArray &body);

    int deleteExpired();

private:
    void release(const QString &slot);

    IdempotencyStore &m_store;
    std::mutex m_mutex;
    std::set<QString> m_running;
};

} // namespace kp::server
