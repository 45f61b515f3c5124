#include "server/http/WorkerPool.h"

namespace kp::server {

WorkerPool::WorkerPool(int threads)
{
    m_threads.reserve(std::size_t(threads));
    for (int i = 0; i < threads; ++i)
        m_threads.emplace_back([this] { work(); });
}

WorkerPool::~WorkerPool()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_available.notify_all();
    for (auto &thread : m_threads)
        thread.join();
}

void WorkerPool::enqueue(std::function<void()> work)
{
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(work));
    }
    m_available.notify_one();
}

bool WorkerPool::hasWaitingWork()
{
    const std::lock_guard lock(m_mutex);
    return !m_queue.empty();
}

void WorkerPool::work()
{
    for (;;) {
        std::function<void()> next;
        {
            std::unique_lock lock(m_mutex);
            m_available.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return; // stopping, and nothing left to do
            next = std::move(m_queue.front());
            m_queue.pop_front();
        }
        next();
    }
}

} // namespace kp::server
