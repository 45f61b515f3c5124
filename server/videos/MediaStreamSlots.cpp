#include "server/videos/MediaStreamSlots.h"

namespace kp::server {

MediaStreamSlots::MediaStreamSlots(int cap)
    : m_cap(cap)
{
}

std::shared_ptr<void> MediaStreamSlots::tryTake()
{
    int current = m_inUse.load();
    do {
        if (current >= m_cap)
            return nullptr;
    } while (!m_inUse.compare_exchange_weak(current, current + 1));
    // The slot object itself is nothing; its deleter gives the slot back.
    return std::shared_ptr<void>(static_cast<void *>(this), [this](void *) { m_inUse.fetch_sub(1); });
}

} // namespace kp::server
