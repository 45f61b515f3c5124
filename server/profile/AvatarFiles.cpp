#include "server/profile/AvatarFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <stdexcept>

namespace kp::server {

AvatarFiles::AvatarFiles(const QString &dataDir)
    : m_directory(dataDir + QStringLiteral("/avatars"))
{
}

QString AvatarFiles::store(const QByteArray &bytes)
{
    auto sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const auto target = path(sha256);
    if (QFile::exists(target))
        return sha256;
    if (!QDir().mkpath(m_directory))
        throw std::runtime_error("cannot create the avatars folder");
    // QSaveFile writes beside the target and renames on commit: all of the file or none.
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw std::runtime_error("cannot store an avatar file");
    return sha256;
}

QString AvatarFiles::path(const QString &sha256) const
{
    return m_directory + QLatin1Char('/') + sha256;
}

void AvatarFiles::remove(const QString &sha256)
{
    QFile::remove(path(sha256));
}

} // namespace kp::server
