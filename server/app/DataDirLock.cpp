#include "server/app/DataDirLock.h"

#include "server/config/ServerConfig.h"

#include <QFile>
#include <QLoggingCategory>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcDataDirLock, "kp.server")

namespace kp::server {
namespace {

int lockRetryingOnSignals(int fd, int operation)
{
    int result = 0;
    do {
        result = ::flock(fd, operation);
    } while (result != 0 && errno == EINTR);
    return result;
}

} // namespace

DataDirLock::DataDirLock(const QString &dataDir)
    : m_fd(::open(QFile::encodeName(dataDir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC))
{
    if (m_fd < 0 || lockRetryingOnSignals(m_fd, LOCK_SH | LOCK_NB) == 0)
        return; // no folder: secureDataDir() has refused already
    if (errno == EWOULDBLOCK) {
        qCInfo(lcDataDirLock).noquote() << QStringLiteral("waiting for kundenportal-server --rotate-key to finish");
        if (lockRetryingOnSignals(m_fd, LOCK_SH) == 0)
            return;
    }
    const auto problem = QString::fromLocal8Bit(std::strerror(errno));
    ::close(m_fd);
    throw ConfigError(
        QStringLiteral("config error: [server] data_dir: cannot be locked: %1").arg(problem).toStdString());
}

DataDirLock::~DataDirLock()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool DataDirLock::tryExclusive()
{
    return m_fd >= 0 && lockRetryingOnSignals(m_fd, LOCK_EX | LOCK_NB) == 0;
}

} // namespace kp::server
