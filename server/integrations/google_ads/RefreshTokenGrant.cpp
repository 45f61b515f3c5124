#include "server/integrations/google_ads/RefreshTokenGrant.h"

#include "server/integrations/google_ads/AdsError.h"
#include "server/integrations/google_ads/GoogleAdsLog.h"
#include "server/integrations/google_sheets/GoogleAnswers.h"

#include <QCryptographicHash>
#include <QUrl>

namespace kp::server::googleads {

RefreshTokenGrant::RefreshTokenGrant(const QString &oauthUrl, QString clientId, QString clientSecret, Clock clock,
                                     std::chrono::seconds timeout)
    : m_http(oauthUrl, lcGoogleAds(), timeout)
    , m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
    , m_clock(std::move(clock))
{
}

QByteArray RefreshTokenGrant::cacheKey(const QString &refreshToken)
{
    return QCryptographicHash::hash(refreshToken.toUtf8(), QCryptographicHash::Sha256);
}

metrics::Fetched<QByteArray> RefreshTokenGrant::accessToken(const QString &refreshToken)
{
    const std::lock_guard lock(m_mutex);
    const auto key = cacheKey(refreshToken);
    const auto now = m_clock();
    const auto cached = m_cache.find(key);
    if (cached != m_cache.end() && now.secsTo(cached->second.expires) > refreshMargin.count())
        return cached->second.accessToken;
    m_cache.erase(key);

    const auto body = "grant_type=refresh_token&client_id=" + QUrl::toPercentEncoding(m_clientId) + "&client_secret="
        + QUrl::toPercentEncoding(m_clientSecret) + "&refresh_token=" + QUrl::toPercentEncoding(refreshToken);
    const auto answer = m_http.post("/token", body, QByteArrayLiteral("application/x-www-form-urlencoded"));
    if (answer.status != 200) {
        auto problem = tokenProblem(answer);
        qCWarning(lcGoogleAds, "no access token: %s", qUtf8Printable(problem.message));
        return problem;
    }
    const auto token = google::parseTokenAnswer(answer.body);
    if (!token)
        return metrics::SourceProblem {
            metrics::SourceStatus::Error,
            QStringLiteral("Google's token endpoint sent an answer that could not be read.")};
    m_cache[key] = {token->accessToken, now.addSecs(token->expiresInSeconds)};
    qCDebug(lcGoogleAds, "new access token, valid for %d s", token->expiresInSeconds);
    return token->accessToken;
}

void RefreshTokenGrant::invalidate(const QString &refreshToken, const QByteArray &rejected)
{
    const std::lock_guard lock(m_mutex);
    const auto cached = m_cache.find(cacheKey(refreshToken));
    if (cached != m_cache.end() && cached->second.accessToken == rejected)
        m_cache.erase(cached);
}

} // namespace kp::server::googleads
