#pragma once

#include <QList>

#include <mutex>

// What a fake of an outside service does with its next requests, shared by the callback
// channels' fakes: serve, be down (an HTTP 5xx as a proxy in front of a dead service answers),
// throttle, or fail for good. Thread-safe: tests change it while the fake serves.
class FaultPlan {
public:
    enum class Fault {
        None,      // serve
        Down,      // 5xx, no service behind it
        Throttle,  // the service's own "too many requests"
        Permanent, // the service's own "never like this" (bad token, blocked, …); see the fake
    };

    // From now on every request gets `fault` (None: back to normal).
    void setAlways(Fault fault)
    {
        std::lock_guard lock(m_mutex);
        m_always = fault;
        m_next.clear();
    }
    // The next `count` requests get `fault`, then the always-fault again.
    void failNext(int count, Fault fault)
    {
        std::lock_guard lock(m_mutex);
        for (int i = 0; i < count; ++i)
            m_next.append(fault);
    }
    // The fault for the request that arrived now.
    Fault take()
    {
        std::lock_guard lock(m_mutex);
        return m_next.isEmpty() ? m_always : m_next.takeFirst();
    }

private:
    std::mutex m_mutex;
    Fault m_always = Fault::None;
    QList<Fault> m_next;
};
