#pragma once

#include <QString>

#include <atomic>
#include <mutex>
#include <semaphore>

namespace kp::server {

// argon2id through libsodium. Each hash takes tens of MiB and a noticeable share of a core, so
// at most `concurrency` run at once and at most twice as many wait; anything beyond gets
// ApiError(rate_limited) at once. A login storm therefore costs a bounded amount of memory and
// leaves the other worker threads free for every other route.
class PasswordHasher {
public:
    PasswordHasher(int memoryKiB, int passes, int concurrency);

    QString hash(const QString &password);
    bool verify(const QString &storedHash, const QString &password);
    // True when a stored hash was made with weaker parameters than the configured ones.
    bool needsRehash(const QString &storedHash) const;
    // Spends the time of one verify() without an account, so an unknown login answers as slowly
    // as a wrong password does.
    void burnVerify(const QString &password);

private:
    class Slot;

    std::size_t m_memoryBytes;
    unsigned long long m_passes;
    int m_maxWaiting;
    std::atomic<int> m_waiting {0};
    std::counting_semaphore<64> m_running;
    std::once_flag m_dummyMade;
    QString m_dummyHash;
};

} // namespace kp::server
