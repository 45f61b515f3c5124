#include "server/app/DataDir.h"

#include "server/config/ServerConfig.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

Q_LOGGING_CATEGORY(lcDataDir, "kp.server")

namespace kp::server {
namespace {

[[noreturn]] void fail(const QString &problem)
{
    throw ConfigError(QStringLiteral("config error: [server] data_dir: %1").arg(problem).toStdString());
}

QString octal(mode_t mode)
{
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
}

// Gives `path` exactly `wanted` when anyone but the owner has access; nothing when it is missing.
void restrictToOwner(const QString &path, mode_t wanted)
{
    const auto name = QFile::encodeName(path);
    struct stat info { };
    if (::stat(name.constData(), &info) != 0)
        return;
    const mode_t mode = info.st_mode & 07777;
    if ((mode & 077) == 0)
        return;
    if (::chmod(name.constData(), wanted) != 0)
        fail(QStringLiteral("cannot restrict %1 to its owner (%2): %3")
                 .arg(path, octal(wanted), QString::fromLocal8Bit(std::strerror(errno))));
    qCWarning(lcDataDir).noquote() << QStringLiteral("tightened the permissions of %1 from %2 to %3, "
                                                     "it was open to other local users")
                                          .arg(path, octal(mode), octal(wanted));
}

} // namespace

void secureDataDir(const ServerConfig &config)
{
    if (!QDir().mkpath(config.dataDir))
        fail(QStringLiteral("cannot create %1").arg(config.dataDir));
    restrictToOwner(config.dataDir, 0700);
    // The database and every file SQLite keeps beside it (WAL mode uses -wal and -shm; -journal
    // is left from before WAL mode or by a tool that opened the file without it).
    for (const auto *suffix : {"", "-wal", "-shm", "-journal"})
        restrictToOwner(config.databasePath() + QLatin1String(suffix), 0600);
}

} // namespace kp::server
