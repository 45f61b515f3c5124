#include "server/security/RateLimiter.h"

namespace kp::server {

RateLimiter::RateLimiter(int maxEvents, int windowSeconds, Clock clock)
    : m_maxEvents(maxEvents)
    , m_windowSeconds(windowSeconds)
    , m_clock(std::move(clock))
{
}

void RateLimiter::prune(std::deque<QDateTime> &events, const QDateTime &now) const
{
    const auto cutoff = now.addSecs(-m_windowSeconds);
    while (!events.empty() && events.front() <= cutoff)
        events.pop_front();
}

void RateLimiter::pruneAllOccasionally(const QDateTime &now)
{
    if (m_lastSweep.isValid() && m_lastSweep.secsTo(now) < m_windowSeconds)
        return;
    m_lastSweep = now;
    for (auto it = m_events.begin(); it != m_events.end();) {
        prune(it->second, now);
        it = it->second.empty() ? m_events.erase(it) : std::next(it);
    }
}

int RateLimiter::retryAfter(const QString &key)
{
    const std::lock_guard lock(m_mutex);
    const auto now = m_clock();
    auto found = m_events.find(key);
    if (found == m_events.end())
        return 0;
    prune(found->second, now);
    if (int(found->second.size()) < m_maxEvents)
        return 0;
    const auto freeAt = found->second.front().addSecs(m_windowSeconds);
    return std::max<int>(1, int(now.secsTo(freeAt)));
}

void RateLimiter::record(const QString &key)
{
    const std::lock_guard lock(m_mutex);
    const auto now = m_clock();
    pruneAllOccasionally(now);
    auto &events = m_events[key];
    prune(events, now);
    events.push_back(now);
    // Beyond the limit the exact count no longer matters; keep the memory per key bounded.
    if (int(events.size()) > m_maxEvents)
        events.pop_front();
}

void RateLimiter::reset(const QString &key)
{
    const std::lock_guard lock(m_mutex);
    m_events.erase(key);
}

} // namespace kp::server
