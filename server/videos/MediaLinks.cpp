#include "server/videos/MediaLinks.h"

#include <QFile>
#include <QRegularExpression>

#include <sodium.h>

#include <stdexcept>

namespace kp::server {
namespace {

constexpr int kKeyBytes = 32;

QByteArray loadOrMakeKey(const QString &path)
{
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error("the media link key cannot be read: " + path.toStdString());
        auto key = file.readAll();
        if (key.size() != kKeyBytes)
            throw std::runtime_error("the media link key has the wrong length: " + path.toStdString());
        return key;
    }
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    randombytes_buf(key.data(), std::size_t(key.size()));
    // Owner-only before the first byte is written.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || file.write(key) != kKeyBytes
        || !file.flush())
        throw std::runtime_error("the media link key cannot be written: " + path.toStdString());
    return key;
}

} // namespace

MediaLinks::MediaLinks(const QString &dataDir, int ttlS, Clock clock)
    : m_signer(loadOrMakeKey(dataDir + QStringLiteral("/media-links.key")))
    , m_ttlS(ttlS)
    , m_clock(std::move(clock))
{
}

QString MediaLinks::link(const QString &fileId) const
{
    if (fileId.isEmpty())
        return {};
    const qint64 quarter = std::max(60, m_ttlS / 4);
    const qint64 earliest = m_clock().toSecsSinceEpoch() + m_ttlS;
    const qint64 expiry = (earliest + quarter - 1) / quarter * quarter;
    return m_signer.sign(pathOf(fileId), expiry);
}

UrlSigner::Check MediaLinks::check(const QString &fileId, const QString &exp, const QString &sig) const
{
    if (!isFileId(fileId))
        return UrlSigner::Check::Malformed;
    return m_signer.verify(pathOf(fileId), exp, sig, m_clock().toSecsSinceEpoch());
}

bool MediaLinks::isFileId(const QString &fileId)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}\\.(mp4|webm|jpg|png)$"));
    return pattern.match(fileId).hasMatch();
}

} // namespace kp::server
