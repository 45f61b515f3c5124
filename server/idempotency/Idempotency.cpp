#include "server/idempotency/Idempotency.h"

#include "server/core/DomainError.h"

namespace kp::server {

Idempotency::Idempotency(IdempotencyStore &store)
    : m_store(store)
{
}

bool Idempotency::isValidKey(const QString &key)
{
    if (key.isEmpty() || key.size() > 128)
        return false;
    return std::all_of(key.cbegin(), key.cend(), [](QChar c) { return c.unicode() >= 0x21 && c.unicode() <= 0x7e; });
}

Idempotency::Claim::Claim(Idempotency *owner, QString slot, QString accountId, QString key, QString request)
    : m_owner(owner)
    , m_slot(std::move(slot))
    , m_accountId(std::move(accountId))
    , m_key(std::move(key))
    , m_request(std::move(request))
{
}

Idempotency::Claim::Claim(Claim &&other) noexcept
    : m_owner(std::exchange(other.m_owner, nullptr))
    , m_slot(std::move(other.m_slot))
    , m_accountId(std::move(other.m_accountId))
    , m_key(std::move(other.m_key))
    , m_request(std::move(other.m_request))
{
}

Idempotency::Claim::~Claim()
{
    if (m_owner)
        m_owner->release(m_slot);
}

std::variant<IdempotencyStore::Reply, Idempotency::Claim> Idempotency::begin(const QString &accountId,
                                                                             const QString &key, const QString &request)
{
    auto slot = accountId + QLatin1Char('\n') + key;
    {
        const std::lock_guard lock(m_mutex);
        if (!m_running.insert(slot).second)
            throw DomainError(ErrorCode::Conflict,
                              QStringLiteral("A request with this Idempotency-Key is still running."));
    }
    Claim claim(this, std::move(slot), accountId, key, request);
    if (auto kept = m_store.find(accountId, key, kKeep)) {
        if (kept->request != request)
            throw DomainError(ErrorCode::Conflict,
                              QStringLiteral("This Idempotency-Key was used for another request."));
        return std::move(*kept);
    }
    return claim;
}

void Idempotency::keep(const Claim &claim, int status, const QString &contentType, const QByteArray &body)
{
    if (status >= 500 || status == 429)
        return;
    m_store.save(claim.m_accountId, claim.m_key, {claim.m_request, status, contentType, body}, kKeep);
}

int Idempotency::deleteExpired()
{
    return m_store.deleteOlderThan(kKeep);
}

void Idempotency::release(const QString &slot)
{
    const std::lock_guard lock(m_mutex);
    m_running.erase(slot);
}

} // namespace kp::server
