#include "server/security/PasswordHasher.h"

#include "server/http/ApiError.h"

#include <sodium.h>

#include <chrono>
#include <stdexcept>

namespace kp::server {

// Holds one of the hasher's running places for the lifetime of a hash.
class PasswordHasher::Slot {
public:
    explicit Slot(PasswordHasher &hasher)
        : m_hasher(hasher)
    {
        if (++m_hasher.m_waiting > m_hasher.m_maxWaiting) {
            --m_hasher.m_waiting;
            throw ApiError::rateLimited(1);
        }
        const bool acquired = m_hasher.m_running.try_acquire_for(std::chrono::seconds(10));
        --m_hasher.m_waiting;
        if (!acquired)
            throw ApiError::rateLimited(2);
    }
    ~Slot() { m_hasher.m_running.release(); }
    Slot(const Slot &) = delete;
    Slot &operator=(const Slot &) = delete;

private:
    PasswordHasher &m_hasher;
};

PasswordHasher::PasswordHasher(int memoryKiB, int passes, int concurrency)
    : m_memoryBytes(std::size_t(memoryKiB) * 1024)
    , m_passes(static_cast<unsigned long long>(passes))
    , m_maxWaiting(2 * concurrency)
    , m_running(concurrency)
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium failed to initialise");
}

QString PasswordHasher::hash(const QString &password)
{
    const auto utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    Slot slot(*this);
    if (crypto_pwhash_str_alg(out, utf8.constData(), utf8.size(), m_passes, m_memoryBytes, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        throw std::runtime_error("argon2id ran out of memory");
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password)
{
    const auto utf8 = password.toUtf8();
    const auto hashBytes = storedHash.toLatin1();
    Slot slot(*this);
    return crypto_pwhash_str_verify(hashBytes.constData(), utf8.constData(), utf8.size()) == 0;
}

bool PasswordHasher::needsRehash(const QString &storedHash) const
{
    return crypto_pwhash_str_needs_rehash(storedHash.toLatin1().constData(), m_passes, m_memoryBytes) != 0;
}

void PasswordHasher::burnVerify(const QString &password)
{
    // Made on first use rather than at start-up: it costs one full hash.
    std::call_once(m_dummyMade, [this] { m_dummyHash = hash(QStringLiteral("not a real password")); });
    verify(m_dummyHash, password);
}

} // namespace kp::server
