#include "server/videos/MediaLinks.h"

#include "server/security/KeyFile.h"

#include <QRegularExpression>

namespace kp::server {
namespace {

constexpr int kKeyBytes = 32;

} // namespace

MediaLinks::MediaLinks(const QString &dataDir, int ttlS, Clock clock)
    : m_signer(loadOrMakeKeyFile(dataDir + QStringLiteral("/media-links.key"), kKeyBytes, "the media link key"))
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
