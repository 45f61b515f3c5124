#pragma once

#include <QHashFunctions>
#include <QString>

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <unordered_map>

namespace kp::server {

// argon2id through libsodium. Each hash takes tens of MiB and a noticeable share of a core, so
// at most `concurrency` run at once and a bounded number wait, first come first served; anything
// beyond gets DomainError(rate_limited) at once. Each requester (an address bucket) may hold at
// most its fair share of those places, so a flood from one address leaves room for everybody
// else: a customer logging in from elsewhere waits behind at most that share.
class PasswordHasher {
public:
    PasswordHasher(int memoryKiB, int passes, int concurrency);

    QString hash(const QString &password, const QString &requester);
    bool verify(const QString &storedHash, const QString &password, const QString &requester);
    // True when a stored hash was made with weaker parameters than the configured ones.
    bool needsRehash(const QString &storedHash) const;
    // Spends the time of one verify() without an account, so an unknown login answers as slowly
    // as a wrong password does.
    void burnVerify(const QString &password, const QString &requester);

private:
    class Slot;

    std::size_t m_memoryBytes;
    unsigned long long m_passes;
    int m_concurrency;
    int m_places; // running plus waiting
    int m_share;  // places one requester may hold

    std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_running = 0;
    std::uint64_t m_nextTicket = 0;
    std::deque<std::uint64_t> m_queue;
    std::unordered_map<QString, int> m_held;

    std::once_flag m_dummyMade;
    QString m_dummyHash;
};

} // namespace kp::server
