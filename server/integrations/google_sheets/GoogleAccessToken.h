#pragma once

#include "server/integrations/google_sheets/ErrorMapping.h"
#include "server/integrations/google_sheets/GoogleHttp.h"
#include "server/integrations/google_sheets/JwtSigner.h"
#include "server/integrations/google_sheets/Retrier.h"
#include "server/integrations/google_sheets/ServiceAccountKey.h"
#include "server/security/Clock.h"

#include <QByteArray>
#include <QDateTime>

#include <mutex>
#include <variant>

namespace kp::server::google {

// An OAuth 2.0 access token for a service account (Google's "server to server" flow): a JWT
// signed with the account's key is exchanged at the token endpoint for a token valid about an
// hour, which is kept and reused until a minute before it expires. Thread-safe: callers that
// need a token at the same time wait for one exchange instead of each making their own.
// The token, the JWT and the key are never logged.
class GoogleAccessToken {
public:
    // Read-only access to the sheet's values and the file's modifiedTime, nothing more.
    static QString scope();
    // Tokens are renewed this long before Google's expiry, so none runs out on its way.
    static constexpr std::chrono::seconds refreshMargin {60};

    // oauthUrl: the token endpoint's base ([google] oauth_url); the JWT's "aud" is oauthUrl + "/token".
    GoogleAccessToken(ServiceAccountKey key, JwtSigner signer, const QString &oauthUrl, Clock clock,
                      std::chrono::seconds timeout = std::chrono::seconds(10));

    // A token valid for at least refreshMargin, cached or fetched now (429/5xx retried by retrier).
    std::variant<QByteArray, SheetError> get(Retrier &retrier, const ErrorContext &context);
    // Forgets the cached token, e.g. after Google answered 401 to it.
    void invalidate();

    const QString &clientEmail() const { return m_key.clientEmail; }

private:
    QByteArray assertion(const QDateTime &now) const;

    ServiceAccountKey m_key;
    JwtSigner m_signer;
    QString m_tokenUrl;
    GoogleHttp m_http;
    Clock m_clock;

    std::mutex m_mutex;
    QByteArray m_token;
    QDateTime m_expires;
};

} // namespace kp::server::google
