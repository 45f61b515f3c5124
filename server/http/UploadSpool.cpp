#include "server/http/UploadSpool.h"

#include <QLoggingCategory>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

Q_LOGGING_CATEGORY(lcUploads, "kp.http")

namespace kp::server {
namespace {

constexpr const char *kSpoolPrefix = "upload-";

} // namespace

void UploadSpool::prepareFolder(const std::string &folder)
{
    if (::mkdir(folder.c_str(), 0700) != 0 && errno != EEXIST)
        throw std::runtime_error("cannot create " + folder + ": " + std::strerror(errno));
    if (::chmod(folder.c_str(), 0700) != 0)
        throw std::runtime_error("cannot restrict " + folder + ": " + std::strerror(errno));
    // Spools of a server that crashed or was killed: nobody will ever finish them.
    const auto closeDirectory = [](DIR *open) { ::closedir(open); };
    const std::unique_ptr<DIR, decltype(closeDirectory)> directory(::opendir(folder.c_str()), closeDirectory);
    if (!directory)
        return;
    while (const auto *entry = ::readdir(directory.get())) {
        if (std::strncmp(entry->d_name, kSpoolPrefix, std::strlen(kSpoolPrefix)) == 0)
            ::unlinkat(dirfd(directory.get()), entry->d_name, 0);
    }
}

std::unique_ptr<UploadSpool> UploadSpool::create(const std::string &folder, std::size_t expectedBytes)
{
    auto path = folder + '/' + kSpoolPrefix + "XXXXXX";
    const int fd = ::mkostemp(path.data(), O_CLOEXEC); // mode 0600
    if (fd < 0) {
        qCWarning(lcUploads).noquote() << "cannot create an upload file in" << QString::fromStdString(folder) << ':'
                                       << std::strerror(errno);
        return nullptr;
    }
    return std::unique_ptr<UploadSpool>(new UploadSpool(fd, std::move(path), expectedBytes));
}

UploadSpool::UploadSpool(int fd, std::string path, std::size_t expectedBytes)
    : m_fd(fd)
    , m_path(std::move(path))
    , m_expected(expectedBytes)
{
}

UploadSpool::~UploadSpool()
{
    finish();
    ::unlink(m_path.c_str()); // ENOENT when the handler took it: fine
}

bool UploadSpool::append(const char *data, std::size_t size)
{
    while (size > 0) {
        const auto written = ::write(m_fd, data, size);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            qCWarning(lcUploads) << "cannot write an upload file:" << std::strerror(errno);
            return false;
        }
        data += written;
        size -= std::size_t(written);
        m_size += std::size_t(written);
    }
    return true;
}

void UploadSpool::finish()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

} // namespace kp::server
