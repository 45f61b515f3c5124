#pragma once

#include <QString>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

namespace kp::server {

// One thread for the server's periodic work (the session sweep; later metrics and checklist
// sync, outbox delivery), so none of it rides on a request. A feature joins with one line while
// the server is wired:
//
//   jobs.add(QStringLiteral("session sweep"), std::chrono::hours(1), [&] { sessions.deleteExpired(); });
//
// Each job runs once at start(), then again `interval` after its previous run ended, so a slow
// run never queues up behind itself. Jobs run one after another on the runner's thread, which
// gets its own database connection from Database like every thread. A job that throws is logged
// and tried again at its next time; it never stops the runner or the server.
class JobRunner {
public:
    using Job = std::function<void()>;

    JobRunner() = default;
    ~JobRunner(); // stop()
    JobRunner(const JobRunner &) = delete;
    JobRunner &operator=(const JobRunner &) = delete;

    // Only before start(): the list is fixed while the thread reads it, so it needs no lock.
    void add(QString name, std::chrono::milliseconds interval, Job job);

    // Starts the thread. Call it where the thread may inherit the signal mask it should have.
    void start();
    // Wakes the thread at once and waits for it; a job that is running finishes first.
    // Does nothing when not running.
    void stop();
    // Asks for the named job to run as soon as the thread is free (an admin's "sync now"),
    // without waiting for it; asking twice before it runs is one run. Unknown names are ignored.
    void runSoon(const QString &name);
    // For a job that must wait inside its run (polling a report the platform prepares): waits
    // `wait`, or less when the runner is stopping; false then, and the job should give up.
    bool sleepFor(std::chrono::milliseconds wait);

private:
    struct Entry {
        QString name;
        std::chrono::milliseconds interval;
        Job job;
        std::chrono::steady_clock::time_point due;
    };

    void run(const std::stop_token &stop);
    static void runOnce(const Entry &entry);

    std::vector<Entry> m_jobs;
    // Names asked for by runSoon; the mutex guards only this and the wait for it.
    std::mutex m_mutex;
    std::condition_variable_any m_wake;
    std::set<QString> m_soon;
    std::jthread m_thread;
};

} // namespace kp::server
