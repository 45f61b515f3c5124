#pragma once

#include "server/security/Clock.h"
#include "server/security/EventWindows.h"

#include <QString>

#include <mutex>

namespace kp::server {

// Counts events per key in a sliding window: after `maxEvents` within `window`, the key must
// wait until the oldest of them leaves the window. Thread-safe; memory bounded (EventWindows).
class RateLimiter {
public:
    RateLimiter(int maxEvents, int windowSeconds, Clock clock = systemClock());

    // Seconds the key must still wait; 0 when it may go ahead.
    int retryAfter(const QString &key);
    // Checks and records in one step, so parallel attempts cannot all slip past the limit:
    // 0 when the event was counted and may go ahead, else the seconds to wait (not counted).
    int acquire(const QString &key);
    void reset(const QString &key);
    std::size_t keyCount();

private:
    EventWindows::Millis now() const { return m_clock().toMSecsSinceEpoch(); }

    Clock m_clock;
    std::mutex m_mutex;
    EventWindows m_windows;
};

} // namespace kp::server
