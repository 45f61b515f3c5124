#include "server/jobs/JobRunner.h"

#include <QLoggingCategory>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <stdexcept>

Q_LOGGING_CATEGORY(lcJobs, "kp.jobs")

namespace kp::server {

JobRunner::~JobRunner()
{
    stop();
}

void JobRunner::add(QString name, std::chrono::milliseconds interval, Job job)
{
    if (m_thread.joinable())
        throw std::logic_error("JobRunner::add after start(): register jobs while wiring the server");
    if (interval <= std::chrono::milliseconds::zero())
        throw std::invalid_argument("JobRunner::add: the interval must be positive");
    m_jobs.push_back({std::move(name), interval, std::move(job), {}});
}

void JobRunner::start()
{
    if (m_thread.joinable())
        throw std::logic_error("JobRunner::start: already running");
    const auto now = std::chrono::steady_clock::now();
    for (auto &entry : m_jobs)
        entry.due = now;
    m_thread = std::jthread([this](const std::stop_token &stop) { run(stop); });
}

void JobRunner::stop()
{
    if (!m_thread.joinable())
        return;
    m_thread.request_stop();
    m_thread.join();
}

void JobRunner::run(const std::stop_token &stop)
{
    if (m_jobs.empty())
        return;
    // Only the stop request wakes this thread early, and the stop_token overload of wait_until
    // registers for it without a lost-wakeup window; the mutex guards nothing else.
    std::mutex mutex;
    std::condition_variable_any wake;
    std::unique_lock lock(mutex);
    while (true) {
        auto &next = *std::min_element(m_jobs.begin(), m_jobs.end(),
                                       [](const Entry &a, const Entry &b) { return a.due < b.due; });
        wake.wait_until(lock, stop, next.due, [] { return false; });
        if (stop.stop_requested())
            return;
        runOnce(next);
        next.due = std::chrono::steady_clock::now() + next.interval;
    }
}

void JobRunner::runOnce(const Entry &entry)
{
    try {
        entry.job();
    } catch (const std::exception &error) {
        qCWarning(lcJobs).noquote() << entry.name << "failed:" << error.what();
    } catch (...) {
        qCWarning(lcJobs).noquote() << entry.name << "failed with an unknown exception";
    }
}

} // namespace kp::server
