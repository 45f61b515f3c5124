#include "client/cache/CacheDatabase.h"

#include "client/cache/CacheSchema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcCache, "kp.cache")

namespace kp::client::cache {

namespace {

constexpr auto folderPermissions = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr auto filePermissions = QFile::ReadOwner | QFile::WriteOwner;

// Creates the folder and an empty file with owner-only permissions before SQLite opens it, and
// tightens them when they already existed wider: SQLite creates its WAL and shared-memory files
// with the permissions of the database file, so they follow. Permissions are set, not left to
// the umask. An existing folder is tightened only when it is the app's own cache folder: a file
// given by path may live in a folder that is not ours to change.
void prepareFile(const QString &path, const QString &cacheFolder)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    const bool created = !QFileInfo::exists(folder);
    if (created) {
        const QFileInfo folderInfo(folder);
        QDir above(folderInfo.absolutePath());
        // Two accounts' caches may open at once, each on its worker thread: the other one
        // creating the folder first is no failure (its permissions are set just below).
        if (!above.mkpath(QStringLiteral("."))
            || (!above.mkdir(folderInfo.fileName(), folderPermissions) && !QFileInfo(folder).isDir()))
            throw CacheError("cannot create the cache folder");
    }
    if ((created || folder == QFileInfo(cacheFolder).absoluteFilePath())
        && !QFile::setPermissions(folder, folderPermissions))
        throw CacheError("cannot restrict the cache folder");
    if (!info.exists()) {
        QFile file(path);
        // Created with 0600 in one step: the file is never readable by others, not even empty.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, filePermissions))
            throw CacheError("cannot create the cache file: " + file.errorString().toStdString());
    }
    if (!QFile::setPermissions(path, filePermissions))
        throw CacheError("cannot restrict the cache file");
}

} // namespace

// Owns the connection; lives on the cache's worker thread and is only touched there.
class CacheWorker : public QObject {
public:
    std::unique_ptr<SqliteConnection> connection;
};

CacheDatabase::CacheDatabase(const QUrl &server, const QString &accountId, QObject *parent)
    : CacheDatabase(filePathFor(server, accountId), parent)
{
}

CacheDatabase::CacheDatabase(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
    , m_worker(std::make_unique<CacheWorker>())
{
    m_thread.setObjectName(QStringLiteral("kp-cache"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    start();
}

CacheDatabase::~CacheDatabase()
{
    // Quitting from inside the last job, not from here: the worker's loop then has run every job
    // queued before it, so no write the user made is dropped at exit.
    auto *worker = m_worker.get();
    auto *thread = &m_thread;
    QMetaObject::invokeMethod(
        worker,
        [worker, thread] {
            worker->connection.reset();
            thread->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
}

QString CacheDatabase::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cache");
}

QString CacheDatabase::filePathFor(const QUrl &server, const QString &accountId)
{
    // A hash, not the address itself: the file name tells nobody which server or account it is,
    // and any URL becomes a safe file name.
    auto normalized = server.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (normalized.path() == QLatin1String("/")) // StripTrailingSlash keeps a lone "/"
        normalized.setPath({});
    const auto address = normalized.toString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(address.toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(accountId.toUtf8());
    return directory() + QLatin1Char('/') + QString::fromLatin1(hash.result().toHex().left(32))
        + QStringLiteral(".sqlite");
}

void CacheDatabase::start()
{
    auto *worker = m_worker.get();
    const QString path = m_filePath;
    const QString cacheFolder = directory();
    QMetaObject::invokeMethod(
        worker,
        [this, worker, path, cacheFolder] {
            try {
                prepareFile(path, cacheFolder);
                auto connection = std::make_unique<SqliteConnection>(path);
                schema::migrate(*connection);
                worker->connection = std::move(connection);
            } catch (const CacheError &error) {
                reportFailure(error.what());
            }
        },
        Qt::QueuedConnection);
}

void CacheDatabase::post(std::function<void(SqliteConnection *)> job)
{
    auto *worker = m_worker.get();
    QMetaObject::invokeMethod(
        worker, [worker, job = std::move(job)] { job(worker->connection.get()); }, Qt::QueuedConnection);
}

void CacheDatabase::deliver(std::function<void()> call)
{
    // `this` outlives every job: the destructor waits for the worker thread. A call still queued
    // when this object is destroyed is discarded with it.
    QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection);
}

void CacheDatabase::execute(std::function<void(SqliteConnection &)> job)
{
    query<bool>(nullptr,
                [job = std::move(job)](SqliteConnection &connection) {
                    job(connection);
                    return true;
                },
                false, {});
}

void CacheDatabase::remove(QObject *context, std::function<void(bool)> done)
{
    QPointer<QObject> guard(context);
    auto *worker = m_worker.get();
    const QString path = m_filePath;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, path, guard, done = std::move(done)] {
            worker->connection.reset();
            bool gone = true;
            for (const auto *suffix : {"", "-wal", "-shm", "-journal"}) {
                const QString file = path + QLatin1String(suffix);
                if (QFile::exists(file) && !QFile::remove(file))
                    gone = false;
            }
            if (!gone)
                reportFailure("cannot delete the cache file");
            deliver([guard, done, gone] {
                if (guard && done)
                    done(gone);
            });
        },
        Qt::QueuedConnection);
}

void CacheDatabase::reportFailure(const char *what)
{
    const QString message = QString::fromUtf8(what);
    qCWarning(lcCache) << "cache:" << message;
    deliver([this, message] { emit failed(message); });
}

} // namespace kp::client::cache
