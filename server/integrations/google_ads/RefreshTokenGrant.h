#pragma once

#include "server/integrations/OutboundHttp.h"
#include "server/metrics/MetricsConnector.h"
#include "server/security/Clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <map>
#include <mutex>

namespace kp::server::googleads {

// OAuth 2.0 access tokens for Google Ads, one per customer's refresh token (the "installed /
// web app" refresh grant: POST {oauth_url}/token with grant_type=refresh_token, the agency's
// client_id and client_secret). A token is kept and reused until a minute before it expires, so
// the account-info read and the daily read of one sync share one exchange. (The checklist
// sheet's GoogleAccessToken does the service-account JWT flow instead; it has one account, this
// has one per ad account.)
//
// Thread-safe: one exchange at a time; a caller that needs a token while another fetches waits
// and then finds it cached. The cache is keyed by a SHA-256 of the refresh token, so the
// refresh tokens themselves stay only with the caller. Neither token is ever logged.
class RefreshTokenGrant {
public:
    static constexpr std::chrono::seconds refreshMargin {60};

    RefreshTokenGrant(const QString &oauthUrl, QString clientId, QString clientSecret, Clock clock,
                      std::chrono::seconds timeout);

    // A token valid for at least refreshMargin, cached or fetched now; otherwise why not
    // (NeedsToken for a revoked refresh token, Error for a client Google does not accept, …).
    metrics::Fetched<QByteArray> accessToken(const QString &refreshToken);

    // Forgets `rejected` after Google refused it (401), unless another caller already replaced it.
    void invalidate(const QString &refreshToken, const QByteArray &rejected);

private:
    struct Cached {
        QByteArray accessToken;
        QDateTime expires;
    };
    static QByteArray cacheKey(const QString &refreshToken);

    OutboundHttp m_http;
    QString m_clientId;
    QString m_clientSecret;
    Clock m_clock;

    std::mutex m_mutex;
    std::map<QByteArray, Cached> m_cache;
};

} // namespace kp::server::googleads
