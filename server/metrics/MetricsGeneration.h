#pragma once

#include <atomic>
#include <cstdint>

namespace kp::server::metrics {

// A counter every write to the metric tables moves (a sync, an import, a connected or removed
// ad account): answers computed at an older value are out of date. One per server process, the
// only writer of its database (DataDirLock).
class MetricsGeneration {
public:
    std::uint64_t value() const { return m_value.load(std::memory_order_acquire); }

    // Held around a write from before its transaction begins until after it committed: it moves
    // the counter at both ends, so an answer computed while the write was open (from the old
    // rows) carries a value that is out of date once the new rows are visible.
    class Change {
    public:
        explicit Change(MetricsGeneration &generation)
            : m_generation(generation)
        {
            m_generation.advance();
        }
        ~Change() { m_generation.advance(); }
        Change(const Change &) = delete;
        Change &operator=(const Change &) = delete;

    private:
        MetricsGeneration &m_generation;
    };

private:
    void advance() { m_value.fetch_add(1, std::memory_order_acq_rel); }

    std::atomic<std::uint64_t> m_value {0};
};

} // namespace kp::server::metrics
