#include "server/security/EventWindows.h"

#include <algorithm>
#include <vector>

namespace kp::server {

EventWindows::EventWindows(int maxEvents, int windowSeconds, std::size_t maxKeys)
    : m_maxEvents(maxEvents)
    , m_windowSeconds(windowSeconds)
    , m_maxKeys(std::max<std::size_t>(maxKeys, 16))
{
}

void EventWindows::prune(Entry &entry, Millis now) const
{
    const auto cutoff = now - Millis(m_windowSeconds) * 1000;
    while (!entry.events.empty() && entry.events.front() <= cutoff)
        entry.events.pop_front();
}

EventWindows::Entry *EventWindows::find(const QString &key, Millis now)
{
    const auto found = m_entries.find(key);
    if (found == m_entries.end())
        return nullptr;
    prune(found->second, now);
    return &found->second;
}

void EventWindows::sweep(Millis now)
{
    m_lastSweep = now;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        prune(it->second, now);
        const bool idle = it->second.events.empty() && it->second.inFlight == 0;
        it = idle ? m_entries.erase(it) : std::next(it);
    }
    if (m_entries.size() < m_maxKeys)
        return;
    // Still full of live keys: evict the least recently active tenth, never one in flight.
    std::vector<std::pair<Millis, const QString *>> byAge;
    byAge.reserve(m_entries.size());
    for (const auto &[key, entry] : m_entries)
        if (entry.inFlight == 0)
            byAge.emplace_back(entry.lastActive, &key);
    const auto evict = std::min(byAge.size(), m_maxKeys / 10 + 1);
    std::nth_element(byAge.begin(), byAge.begin() + std::ptrdiff_t(evict), byAge.end());
    std::vector<QString> victims;
    for (std::size_t i = 0; i < evict; ++i)
        victims.push_back(*byAge[i].second);
    for (const auto &key : victims)
        m_entries.erase(key);
}

EventWindows::Entry &EventWindows::touch(const QString &key, Millis now)
{
    if (now - m_lastSweep >= Millis(m_windowSeconds) * 1000 || (m_entries.size() >= m_maxKeys && !m_entries.count(key)))
        sweep(now);
    auto &entry = m_entries[key];
    prune(entry, now);
    entry.lastActive = now;
    return entry;
}

void EventWindows::dropIfIdle(const QString &key)
{
    const auto found = m_entries.find(key);
    if (found != m_entries.end() && found->second.events.empty() && found->second.inFlight == 0)
        m_entries.erase(found);
}

int EventWindows::secondsUntilFree(const QString &key, Millis now)
{
    auto *entry = find(key, now);
    if (!entry || int(entry->events.size()) < m_maxEvents) {
        dropIfIdle(key);
        return 0;
    }
    // The key is free again when enough of its oldest events have left the window.
    const auto freeAt = entry->events[entry->events.size() - std::size_t(m_maxEvents)] + Millis(m_windowSeconds) * 1000;
    return std::max(1, int((freeAt - now + 999) / 1000));
}

bool EventWindows::isFull(const QString &key, Millis now)
{
    auto *entry = find(key, now);
    const bool full = entry && int(entry->events.size()) + entry->inFlight >= m_maxEvents;
    if (!full)
        dropIfIdle(key);
    return full;
}

int EventWindows::count(const QString &key, Millis now)
{
    auto *entry = find(key, now);
    const int events = entry ? int(entry->events.size()) : 0;
    dropIfIdle(key);
    return events;
}

EventWindows::Millis EventWindows::newest(const QString &key, Millis now)
{
    auto *entry = find(key, now);
    const Millis time = entry && !entry->events.empty() ? entry->events.back() : 0;
    dropIfIdle(key);
    return time;
}

void EventWindows::record(const QString &key, Millis now)
{
    touch(key, now).events.push_back(now);
}

void EventWindows::beginAttempt(const QString &key, Millis now)
{
    ++touch(key, now).inFlight;
}

void EventWindows::endAttempt(const QString &key, bool counts, Millis now)
{
    auto &entry = touch(key, now);
    entry.inFlight = std::max(0, entry.inFlight - 1);
    if (counts)
        entry.events.push_back(now);
    dropIfIdle(key);
}

void EventWindows::forget(const QString &key)
{
    m_entries.erase(key);
}

} // namespace kp::server
