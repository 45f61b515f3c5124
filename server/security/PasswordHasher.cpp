#include "server/security/PasswordHasher.h"

#include "server/core/DomainError.h"

#include <sodium.h>

#include <algorithm>
#include <chrono>
#include <stdexcept>

namespace kp::server {
namespace {

// Waiting places per running one: at ~0.2 s a hash, eight deep is about two seconds of queue.
constexpr int kQueueDepthPerWorker = 8;
constexpr auto kMaxQueueWait = std::chrono::seconds(10);

} // namespace

// Holds one of the hasher's places for the lifetime of a hash: joins the queue, waits for its
// turn, runs, and leaves.
class PasswordHasher::Slot {
public:
    Slot(PasswordHasher &hasher, const QString &requester)
        : m_hasher(hasher)
        , m_requester(requester)
    {
        std::unique_lock lock(m_hasher.m_mutex);
        auto &held = m_hasher.m_held[m_requester];
        if (m_hasher.m_running + int(m_hasher.m_queue.size()) >= m_hasher.m_places || held >= m_hasher.m_share) {
            release(lock, false);
            throw DomainError::rateLimited(1);
        }
        ++held;
        const auto ticket = m_hasher.m_nextTicket++;
        m_hasher.m_queue.push_back(ticket);
        const bool myTurn = m_hasher.m_changed.wait_for(lock, kMaxQueueWait, [&] {
            return m_hasher.m_running < m_hasher.m_concurrency && m_hasher.m_queue.front() == ticket;
        });
        if (!myTurn) {
            m_hasher.m_queue.erase(std::find(m_hasher.m_queue.begin(), m_hasher.m_queue.end(), ticket));
            release(lock, true);
            throw DomainError::rateLimited(2);
        }
        m_hasher.m_queue.pop_front();
        ++m_hasher.m_running;
        lock.unlock();
        // The next in line may be able to run too.
        m_hasher.m_changed.notify_all();
    }
    ~Slot()
    {
        std::unique_lock lock(m_hasher.m_mutex);
        --m_hasher.m_running;
        release(lock, true);
    }
    Slot(const Slot &) = delete;
    Slot &operator=(const Slot &) = delete;

private:
    // Gives back this requester's place (if it held one) and wakes the queue.
    void release(std::unique_lock<std::mutex> &lock, bool heldPlace)
    {
        const auto found = m_hasher.m_held.find(m_requester);
        if (heldPlace)
            --found->second;
        if (found->second <= 0)
            m_hasher.m_held.erase(found);
        lock.unlock();
        m_hasher.m_changed.notify_all();
    }

    PasswordHasher &m_hasher;
    const QString &m_requester;
};

PasswordHasher::PasswordHasher(int memoryKiB, int passes, int concurrency)
    : m_memoryBytes(std::size_t(memoryKiB) * 1024)
    , m_passes(static_cast<unsigned long long>(passes))
    , m_concurrency(concurrency)
    , m_places(concurrency * (1 + kQueueDepthPerWorker))
    , m_share(std::max(2, m_places / 4))
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium failed to initialise");
}

QString PasswordHasher::hash(const QString &password, const QString &requester)
{
    const auto utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    Slot slot(*this, requester);
    if (crypto_pwhash_str_alg(out, utf8.constData(), utf8.size(), m_passes, m_memoryBytes, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        throw std::runtime_error("argon2id ran out of memory");
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password, const QString &requester)
{
    const auto utf8 = password.toUtf8();
    const auto hashBytes = storedHash.toLatin1();
    Slot slot(*this, requester);
    return crypto_pwhash_str_verify(hashBytes.constData(), utf8.constData(), utf8.size()) == 0;
}

bool PasswordHasher::needsRehash(const QString &storedHash) const
{
    return crypto_pwhash_str_needs_rehash(storedHash.toLatin1().constData(), m_passes, m_memoryBytes) != 0;
}

void PasswordHasher::burnVerify(const QString &password, const QString &requester)
{
    // Made on first use rather than at start-up: it costs one full hash.
    std::call_once(m_dummyMade, [&] { m_dummyHash = hash(QStringLiteral("not a real password"), requester); });
    verify(m_dummyHash, password, requester);
}

} // namespace kp::server
