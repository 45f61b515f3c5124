#pragma once

#include "RawHttp.h"

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

// What an exposed server meets without nginx in front: `idle` keep-alive connections, each
// after one answered request (the desktop app keeps up to 6 per server), and `slow` senders,
// half slowloris heads and half slow bodies, fed a few bytes every 200 ms until destroyed. The
// clients come from 127.0.3.x and 127.0.4.x (8 addresses each).
class ConnectionPressure {
public:
    ConnectionPressure(int port, int idle, int slow);
    ~ConnectionPressure();
    ConnectionPressure(const ConnectionPressure &) = delete;
    ConnectionPressure &operator=(const ConnectionPressure &) = delete;

    // True when every connection opened and every idle one had its request answered.
    bool established() const { return m_established; }
    // True when none of the slow senders has been answered or closed yet.
    bool slowOnesStillHeld();

private:
    std::vector<std::unique_ptr<RawConnection>> m_idle;
    std::vector<std::unique_ptr<RawConnection>> m_slow;
    bool m_established = true;
    std::atomic<bool> m_trickling = true;
    std::thread m_trickle;
};

// Milliseconds a fresh client from `source` waits for /healthz, or -1 without a 200.
double healthLatencyMs(int port, const char *source);
