#include "server/security/RateLimiter.h"

namespace kp::server {

RateLimiter::RateLimiter(int maxEvents, int windowSeconds, Clock clock)
    : m_clock(std::move(clock))
    , m_windows(maxEvents, windowSeconds)
{
}

int RateLimiter::retryAfter(const QString &key)
{
    const std::lock_guard lock(m_mutex);
    return m_windows.secondsUntilFree(key, now());
}

int RateLimiter::acquire(const QString &key)
{
    const std::lock_guard lock(m_mutex);
    const auto time = now();
    if (const int wait = m_windows.secondsUntilFree(key, time))
        return wait;
    m_windows.record(key, time);
    return 0;
}

void RateLimiter::reset(const QString &key)
{
    const std::lock_guard lock(m_mutex);
    m_windows.forget(key);
}

std::size_t RateLimiter::keyCount()
{
    const std::lock_guard lock(m_mutex);
    return m_windows.keyCount();
}

} // namespace kp::server
