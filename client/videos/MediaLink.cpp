#include "client/videos/MediaLink.h"

#include "shared/SignedUrl.h"

namespace kp::client::medialink {

namespace {

// Time the player needs between deciding to play and the server checking the signature.
constexpr qint64 kMarginS = 60;

} // namespace

QUrl resolve(const QUrl &base, const QString &signedPath)
{
    QUrl link(signedPath);
    if (!link.isRelative())
        return link;
    auto url = base;
    auto prefix = url.path(QUrl::FullyEncoded);
    if (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + link.path(QUrl::FullyEncoded), QUrl::TolerantMode);
    url.setQuery(link.query(QUrl::FullyEncoded), QUrl::TolerantMode);
    return url;
}

bool expiresSoon(const QString &signedPath, const QDateTime &now)
{
    const auto expiry = UrlSigner::expiryOf(signedPath);
    return expiry > 0 && expiry < now.toSecsSinceEpoch() + kMarginS;
}

} // namespace kp::client::medialink
