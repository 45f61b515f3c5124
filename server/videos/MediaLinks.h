#pragma once

#include "server/security/Clock.h"
#include "shared/SignedUrl.h"

#include <QString>

namespace kp::server {

// The signed links to video files and thumbnails (API.md `stream_url`): "/media/<file id>?exp=…
// &sig=…". The key is 32 random bytes in <data_dir>/media-links.key (0600), made on first start,
// so links stay valid across a restart and the database alone cannot forge one. The expiry is
// rounded up to a quarter of the lifetime: a list fetched twice within minutes carries the same
// links, so its ETag holds and the client's cache revalidates with 304.
class MediaLinks {
public:
    // Throws std::runtime_error when the key cannot be read or made.
    MediaLinks(const QString &dataDir, int ttlS, Clock clock);

    // "/media/<fileId>?exp=…&sig=…"; empty for an empty id.
    QString link(const QString &fileId) const;
    UrlSigner::Check check(const QString &fileId, const QString &exp, const QString &sig) const;

    // "<64 hex>.<mp4|webm|jpg|png>": the only names a media link can point at.
    static bool isFileId(const QString &fileId);
    static QString pathOf(const QString &fileId) { return QStringLiteral("/media/") + fileId; }

private:
    UrlSigner m_signer;
    int m_ttlS;
    Clock m_clock;
};

} // namespace kp::server
