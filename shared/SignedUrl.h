#pragma once

#include <QByteArray>
#include <QString>

namespace kp {

// Short-lived links that need no auth header (API.md "Tutorial videos": `stream_url`), so a
// media player can fetch them itself: "/media/<file>?exp=<unix seconds>&sig=<hex HMAC-SHA256 of
// "<path>\n<exp>">". The server signs and verifies with its key; the client only reads the
// expiry, to fetch fresh links before it plays an old one.
class UrlSigner {
public:
    enum class Check { Valid, Expired, BadSignature, Malformed };

    // `key` is secret and at least 32 bytes.
    explicit UrlSigner(QByteArray key);

    // `path` (no query) with exp and sig appended.
    QString sign(const QString &path, qint64 expiresAtS) const;
    // The signature over `path` and the expiry given as text, compared in constant time;
    // Expired when `nowS` is past it (a valid signature of an expired link is still refused).
    Check verify(const QString &path, const QString &exp, const QString &sig, qint64 nowS) const;

    // The expiry of a signed URL's query, or 0 when it has none.
    static qint64 expiryOf(const QString &url);

private:
    QByteArray signature(const QString &path, const QString &exp) const;

    QByteArray m_key;
};

} // namespace kp
