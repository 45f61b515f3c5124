#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace kp::server {

// The threads that answer complete requests. Like cpp-httplib's ThreadPool, plus what the
// connection loop needs to stay fair: whether work is waiting, so a worker that could keep
// serving its busy connection hands it back instead while others wait.
class WorkerPool {
public:
    explicit WorkerPool(int threads);
    // Runs the queued work, then joins.
    ~WorkerPool();
    WorkerPool(const WorkerPool &) = delete;
    WorkerPool &operator=(const WorkerPool &) = delete;

    void enqueue(std::function<void()> work);
    bool hasWaitingWork();

private:
    void work();

    std::mutex m_mutex;
    std::condition_variable m_available;
    std::deque<std::function<void()>> m_queue;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace kp::server
