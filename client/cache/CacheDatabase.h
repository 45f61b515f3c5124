#pragma once

#include "client/cache/SqliteConnection.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QUrl>

#include <functional>
#include <memory>

namespace kp::client::cache {

class CacheWorker;

// The local cache file of one account on one server: the last answer of each GET (ResponseCache)
// and the outbox of the user's changes (Outbox). The file lives in the app data folder under
// "cache/", named by a hash of server and account, so two accounts never read each other's data;
// folder 0700, file 0600.
//
// Nothing here touches the disk on the calling thread: the connection belongs to a worker thread
// that runs the jobs one at a time, in the order they were queued, and the results come back as
// queued calls on the thread that owns this object (the GUI thread). Destroying this object lets
// every queued job finish first (a queued outbox write must not be lost at quit), then closes the
// file.
class CacheDatabase : public QObject {
    Q_OBJECT

public:
    // Opens (creating if needed) the cache of `accountId` on `server`. Returns at once; the file is
    // opened and migrated on the worker thread before the first job runs.
    CacheDatabase(const QUrl &server, const QString &accountId, QObject *parent = nullptr);
    // The same for a file at an explicit path (its folder is created 0700 when missing).
    explicit CacheDatabase(const QString &filePath, QObject *parent = nullptr);
    ~CacheDatabase() override;

    // <app data>/cache: the folder of every account's cache file.
    static QString directory();
    // Where the cache of `accountId` on `server` lives.
    static QString filePathFor(const QUrl &server, const QString &accountId);
    QString filePath() const { return m_filePath; }

    // Runs `job` on the worker thread and hands its result to `done` on this object's thread,
    // unless `context` was destroyed in the meantime. When the file cannot be used (could not be
    // opened, was removed, or the job threw CacheError), `done` gets `fallback` instead and
    // failed() says why: the cache is an aid, a broken disk must not leave a page waiting forever.
    template <typename T>
    void query(QObject *context, std::function<T(SqliteConnection &)> job, T fallback, std::function<void(T)> done)
    {
        QPointer<QObject> guard(context);
        post([this, guard, job = std::move(job), fallback = std::move(fallback),
              done = std::move(done)](SqliteConnection *connection) {
            T result = fallback;
            if (connection)
                result = guarded(job, *connection, fallback);
            deliver([guard, done, result] {
                if (guard && done)
                    done(result);
            });
        });
    }

    // Runs a write nobody waits for; a failure is reported through failed().
    void execute(std::function<void(SqliteConnection &)> job);

    // Closes the file and deletes it with its journal files, after the jobs queued before: logging
    // out leaves nothing of the account on disk. Later jobs get their fallback. `done` gets whether
    // the files are gone.
    void remove(QObject *context = nullptr, std::function<void(bool)> done = {});

signals:
    // The cache could not do what was asked (disk full, file unreadable, newer schema).
    void failed(const QString &message);

private:
    void start();
    // Queues `job` for the worker thread; it gets the connection, or nullptr when there is none.
    void post(std::function<void(SqliteConnection *)> job);
    // Queues `call` back onto this object's thread.
    void deliver(std::function<void()> call);
    template <typename T>
    T guarded(const std::function<T(SqliteConnection &)> &job, SqliteConnection &connection, const T &fallback)
    {
        try {
            return job(connection);
        } catch (const CacheError &error) {
            reportFailure(error.what());
            return fallback;
        }
    }
    void reportFailure(const char *what);

    QString m_filePath;
    QThread m_thread;
    // Lives on m_thread; deleted after the thread has finished.
    std::unique_ptr<CacheWorker> m_worker;
};

} // namespace kp::client::cache
