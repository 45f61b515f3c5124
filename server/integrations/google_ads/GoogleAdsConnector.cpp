#include "server/integrations/google_ads/GoogleAdsConnector.h"

#include "server/core/LogSafe.h"
#include "server/integrations/google_ads/AdsError.h"
#include "server/integrations/google_ads/CustomerId.h"
#include "server/integrations/google_ads/GoogleAdsLog.h"
#include "server/integrations/google_ads/SearchStream.h"

Q_LOGGING_CATEGORY(lcGoogleAds, "kp.google_ads")

namespace kp::server::googleads {
namespace {

using metrics::SourceProblem;
using metrics::SourceStatus;

// A 200 body that is not the expected rows: a stream that failed after it started (an array
// with {"error": …} in it), or something that is not Google's answer at all.
SourceProblem unreadable(const QByteArray &body, const QString &externalId)
{
    const auto failure = parseAdsFailure({200, body, {}, {}, {}});
    if (failure.status.isEmpty())
        return {SourceStatus::Error, QStringLiteral("Google Ads sent an answer that could not be read."), {}};
    return adsProblem(failure, customerDigits(externalId).value_or(QString()));
}

} // namespace

GoogleAdsConnector::GoogleAdsConnector(GoogleAdsSettings settings, const QString &oauthUrl, Clock clock,
                                       std::chrono::seconds timeout)
    : m_settings(std::move(settings))
    , m_ads(m_settings.adsUrl, lcGoogleAds(), timeout)
    , m_tokens(oauthUrl, m_settings.clientId, m_settings.clientSecret, std::move(clock), timeout)
{
}

HttpAnswer GoogleAdsConnector::post(const QString &customer, const QByteArray &accessToken,
                                    const QByteArray &query) const
{
    auto headers = OutboundHttp::bearer(accessToken);
    headers.append({QByteArrayLiteral("developer-token"), m_settings.developerToken.toUtf8()});
    // Only for customers reached through the manager account; Google refuses a wrong one, so an
    // empty setting sends none.
    if (!m_settings.loginCustomerId.isEmpty())
        headers.append({QByteArrayLiteral("login-customer-id"), m_settings.loginCustomerId.toUtf8()});
    const auto path
        = '/' + m_settings.apiVersion.toUtf8() + "/customers/" + customer.toLatin1() + "/googleAds:searchStream";
    return m_ads.post(path, searchRequestBody(query), QByteArrayLiteral("application/json"), headers);
}

Fetched<QByteArray> GoogleAdsConnector::search(const QString &externalId, const Credentials &credentials,
                                               const QByteArray &query)
{
    const auto customer = customerDigits(externalId);
    if (!customer)
        return SourceProblem {SourceStatus::Error,
                              QStringLiteral("\"%1\" is not a Google Ads customer id: enter the 10 digits shown in "
                                             "Google Ads, e.g. 123-456-7890.")
                                  .arg(logSafe(externalId, 40)),
                              {}};
    const auto refreshToken = credentials.value(QLatin1String("refresh_token")).toString();
    if (refreshToken.isEmpty())
        return SourceProblem {SourceStatus::NeedsToken,
                              QStringLiteral("No Google refresh token is stored for this account; connect it again."),
                              {}};

    // A token Google refuses (expired early, revoked session) is dropped and replaced once; a
    // second refusal means the grant itself is gone.
    for (int attempt = 0;; ++attempt) {
        auto token = m_tokens.accessToken(refreshToken);
        if (const auto *problem = std::get_if<SourceProblem>(&token))
            return *problem;
        const auto &accessToken = std::get<QByteArray>(token);
        const auto answer = post(*customer, accessToken, query);
        if (answer.status == 200)
            return answer.body;
        const auto failure = parseAdsFailure(answer);
        if (isAccessTokenRefused(failure) && attempt == 0) {
            qCInfo(lcGoogleAds, "customer %s: access token refused; fetching a new one",
                   qUtf8Printable(displayCustomerId(*customer)));
            m_tokens.invalidate(refreshToken, accessToken);
            continue;
        }
        auto problem = adsProblem(failure, *customer);
        qCWarning(lcGoogleAds, "customer %s: %s (%s)", qUtf8Printable(displayCustomerId(*customer)),
                  qUtf8Printable(sourceStatusName(problem.status)), qUtf8Printable(problem.message));
        return problem;
    }
}

Fetched<AdAccountInfo> GoogleAdsConnector::accountInfo(const QString &externalId, const Credentials &credentials)
{
    auto body = search(externalId, credentials, accountInfoQuery());
    if (const auto *problem = std::get_if<SourceProblem>(&body))
        return *problem;
    auto info = parseAccountInfo(std::get<QByteArray>(body));
    if (!info)
        return unreadable(std::get<QByteArray>(body), externalId);
    info->attribution = QStringLiteral("google_ads");
    return *info;
}

Fetched<QList<DailyMetrics>> GoogleAdsConnector::dailyMetrics(const QString &externalId, const Credentials &credentials,
                                                              QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return QList<DailyMetrics>();
    auto body = search(externalId, credentials, dailyMetricsQuery(from, to));
    if (const auto *problem = std::get_if<SourceProblem>(&body))
        return *problem;
    auto days = parseDailyMetrics(std::get<QByteArray>(body));
    if (!days)
        return unreadable(std::get<QByteArray>(body), externalId);
    qCDebug(lcGoogleAds, "customer %s: %lld days with delivery in %s..%s",
            qUtf8Printable(displayCustomerId(*customerDigits(externalId))), static_cast<long long>(days->size()),
            qUtf8Printable(from.toString(Qt::ISODate)), qUtf8Printable(to.toString(Qt::ISODate)));
    return *days;
}

} // namespace kp::server::googleads
