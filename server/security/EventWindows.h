#pragma once

#include <QHashFunctions>
#include <QString>

#include <cstdint>
#include <deque>
#include <unordered_map>

namespace kp::server {

// Per key, the events of a sliding window plus the attempts still in flight (counted, outcome
// not known yet). Not thread-safe: its owner holds the lock. Memory stays bounded: a key whose
// events have all expired and that has nothing in flight is dropped when next touched or swept,
// and beyond `maxKeys` the least recently active keys are evicted (an attacker who can fill the
// table can also make us forget, but never makes us grow).
class EventWindows {
public:
    using Millis = std::int64_t;

    EventWindows(int maxEvents, int windowSeconds, std::size_t maxKeys = 50000);

    // Seconds until the key may have another event, counting only concluded events; 0 if it may.
    int secondsUntilFree(const QString &key, Millis now);
    // True while concluded events plus in-flight attempts fill the budget.
    bool isFull(const QString &key, Millis now);

    void record(const QString &key, Millis now);
    void beginAttempt(const QString &key, Millis now);
    // Ends an in-flight attempt; `counts` keeps it as an event of the window.
    void endAttempt(const QString &key, bool counts, Millis now);
    // Concluded events in the window, and the time of the newest (0 when there is none).
    int count(const QString &key, Millis now);
    Millis newest(const QString &key, Millis now);
    void forget(const QString &key);

    std::size_t keyCount() const { return m_entries.size(); }
    int windowSeconds() const { return m_windowSeconds; }

private:
    struct Entry {
        std::deque<Millis> events;
        int inFlight = 0;
        Millis lastActive = 0;
    };
    Entry *find(const QString &key, Millis now);
    Entry &touch(const QString &key, Millis now);
    void prune(Entry &entry, Millis now) const;
    void sweep(Millis now);
    void dropIfIdle(const QString &key);

    int m_maxEvents;
    int m_windowSeconds;
    std::size_t m_maxKeys;
    Millis m_lastSweep = 0;
    std::unordered_map<QString, Entry> m_entries;
};

} // namespace kp::server
