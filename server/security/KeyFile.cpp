#include "server/security/KeyFile.h"

#include <QFile>

#include <sodium.h>

#include <stdexcept>
#include <string>

namespace kp::server {

QByteArray loadOrMakeKeyFile(const QString &path, int bytes, const char *what)
{
    QFile file(path);
    const auto problem = [&path, what](const char *text) {
        return std::runtime_error(std::string(what) + ' ' + text + ": " + path.toStdString());
    };
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            throw problem("cannot be read");
        auto key = file.readAll();
        if (key.size() != bytes)
            throw problem("has the wrong length");
        return key;
    }
    QByteArray key(bytes, Qt::Uninitialized);
    randombytes_buf(key.data(), std::size_t(key.size()));
    // Owner-only before the first byte is written.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || file.write(key) != bytes
        || !file.flush())
        throw problem("cannot be written");
    return key;
}

} // namespace kp::server
