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

int RateLimiter::waitFor(std::deque<QDateTime> &events, const QDateTime &now) const
{
    prune(events, now);
    if (int(events.size()) < m_maxEvents)
        return 0;
    return std::max<int>(1, int(now.secsTo(events.front().addSecs(m_windowSeconds))));
}

int RateLimiter::retryAfter(const QString &key)
{
    const std::lock_guard lock(m_mutex);
    const auto found = m_events.find(key);
    return found == m_events.end() ? 0 : waitFor(found->second, m_clock());
}

int RateLimiter::acquire(const QString &key)
{
    const std::lock_guard lock(m_mutex);
    const auto now = m_clock();
    pruneAllOccasionally(now);
    auto &events = m_events[key];
    if (const int wait = waitFor(events, now))
        return wait;
    events.push_back(now);
    return 0;
}

void RateLimiter::release(const QString &key)
{
    const std::lock_guard lock(m_mutex);
    const auto found = m_events.find(key);
    if (found != m_events.end() && !found->second.empty())
        found->second.pop_back();
}

void RateLimiter::reset(const QString &key)
{
    const std::lock_guard lock(m_mutex);
    m_events.erase(key);
}

} // namespace kp::server
