#include "server/core/ContentFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <stdexcept>

namespace kp::server {

ContentFiles::ContentFiles(const QString &dataDir, const QString &folder)
    : m_directory(dataDir + QLatin1Char('/') + folder)
{
}

void ContentFiles::makeFolder() const
{
    if (!QDir().mkpath(m_directory))
        throw std::runtime_error("cannot create the folder " + m_directory.toStdString());
}

QString ContentFiles::store(const QByteArray &bytes)
{
    auto sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const auto target = path(sha256);
    if (QFile::exists(target))
        return sha256;
    makeFolder();
    // QSaveFile writes beside the target and renames on commit: all of the file or none.
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw std::runtime_error("cannot store a file in " + m_directory.toStdString());
    return sha256;
}

QString ContentFiles::adopt(const QString &source)
{
    QFile file(source);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        throw std::runtime_error("cannot read an uploaded file");
    file.close();
    auto sha256 = QString::fromLatin1(hash.result().toHex());
    const auto target = path(sha256);
    if (QFile::exists(target))
        return sha256; // the spool removes its own file
    makeFolder();
    if (!QFile::rename(source, target))
        throw std::runtime_error("cannot move an uploaded file into " + m_directory.toStdString());
    return sha256;
}

QString ContentFiles::path(const QString &sha256) const
{
    return m_directory + QLatin1Char('/') + sha256;
}

void ContentFiles::remove(const QString &sha256)
{
    QFile::remove(path(sha256));
}

} // namespace kp::server
