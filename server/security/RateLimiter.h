#pragma once

#include "server/security/Clock.h"

#include <QDateTime>
#include <QString>

#include <deque>
#include <mutex>
#include <unordered_map>

namespace kp::server {

// Counts events per key in a sliding window: after `maxEvents` within `window`, the key must
// wait until the oldest of them leaves the window. Thread-safe; memory is bounded by dropping
// keys whose events have all expired.
class RateLimiter {
public:
    RateLimiter(int maxEvents, int windowSeconds, Clock clock = systemClock());

    // Seconds the key must still wait; 0 when it may go ahead.
    int retryAfter(const QString &key);
    // Checks and records in one step, so parallel attempts cannot all slip past the limit:
    // 0 when the attempt was counted and may go ahead, else the seconds to wait (not counted).
    int acquire(const QString &key);
    // Takes back the newest attempt of the key (it turned out not to be a failure).
    void release(const QString &key);
    void reset(const QString &key);

private:
    void prune(std::deque<QDateTime> &events, const QDateTime &now) const;
    int waitFor(std::deque<QDateTime> &events, const QDateTime &now) const;
    void pruneAllOccasionally(const QDateTime &now);

    int m_maxEvents;
    int m_windowSeconds;
    Clock m_clock;
    std::mutex m_mutex;
    std::unordered_map<QString, std::deque<QDateTime>> m_events;
    QDateTime m_lastSweep;
};

} // namespace kp::server
