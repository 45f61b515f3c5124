#include "server/jobs/JobRunner.h"

#include <QLoggingCategory>

#include <algorithm>
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

void JobRunner::runSoon(const QString &name)
{
    {
        std::lock_guard lock(m_mutex);
        m_soon.insert(name);
    }
    m_wake.notify_all();
}

bool JobRunner::sleepFor(std::chrono::milliseconds wait)
{
    const auto stop = m_thread.get_stop_token();
    std::mutex mutex;
    std::condition_variable_any woken;
    std::unique_lock lock(mutex);
    woken.wait_for(lock, stop, wait, [] { return false; });
    return !stop.stop_requested();
}

void JobRunner::run(const std::stop_token &stop)
{
    if (m_jobs.empty())
        return;
    std::unique_lock lock(m_mutex);
    while (true) {
        auto *next = &*std::min_element(m_jobs.begin(), m_jobs.end(),
                                        [](const Entry &a, const Entry &b) { return a.due < b.due; });
        // The stop_token overload registers for the stop request without a lost-wakeup window.
        m_wake.wait_until(lock, stop, next->due, [this] { return !m_soon.empty(); });
        if (stop.stop_requested())
            return;
        if (!m_soon.empty()) {
            const auto name = *m_soon.begin();
            m_soon.erase(m_soon.begin());
            const auto asked
                = std::find_if(m_jobs.begin(), m_jobs.end(), [&](const Entry &e) { return e.name == name; });
            if (asked == m_jobs.end())
                continue;
            next = &*asked;
        }
        // Unlocked while the job runs, so runSoon never waits for a job.
        lock.unlock();
        runOnce(*next);
        lock.lock();
        next->due = std::chrono::steady_clock::now() + next->interval;
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
