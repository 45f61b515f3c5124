#pragma once

#include <atomic>
#include <memory>

namespace kp::server {

// A cap on media answers the server sends itself at once. Each holds a worker for its whole
// transfer (a player may take minutes over a slow line), so without a cap a hundred players
// would take every worker and the API would stop answering. A slot is taken before the answer
// and given back when its last byte is out (Reply::holding).
class MediaStreamSlots {
public:
    explicit MediaStreamSlots(int cap);

    // A held slot, or null when all are taken.
    std::shared_ptr<void> tryTake();
    int inUse() const { return m_inUse.load(); }
    int cap() const { return m_cap; }

private:
    int m_cap;
    std::atomic<int> m_inUse {0};
};

} // namespace kp::server
