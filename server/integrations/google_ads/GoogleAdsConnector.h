#pragma once

#include "server/integrations/OutboundHttp.h"
#include "server/integrations/google_ads/GoogleAdsSettings.h"
#include "server/integrations/google_ads/RefreshTokenGrant.h"
#include "server/metrics/MetricsConnector.h"
#include "server/security/Clock.h"

#include <chrono>

namespace kp::server::googleads {

using metrics::AdAccountInfo;
using metrics::Credentials;
using metrics::DailyMetrics;
using metrics::Fetched;

// The Google Ads API (REST) as a metrics source: a customer id ("123-456-7890") with the
// customer's OAuth refresh token ({"refresh_token": …}). Every read is one
// googleAds:searchStream request with a GAQL query, sent with the agency's developer token and,
// when configured, the manager account as login-customer-id.
//
// Failures become SourceProblems without waiting: 429 is Throttled with Google's retryDelay; a
// refused access token (401) is dropped, refreshed and tried once more, then NeedsToken; a revoked
// refresh token is NeedsToken; permission and configuration problems are an Error saying what to
// fix; 5xx and no answer are an Error the next sync may not have. (The sheet's Retrier is not
// used: the sync job decides when to try again, and a job thread must not sleep on Google.)
// Thread-safe.
class GoogleAdsConnector : public metrics::MetricsConnector {
public:
    // oauthUrl: the token endpoint's base, [google] oauth_url (shared with the checklist sheet).
    GoogleAdsConnector(GoogleAdsSettings settings, const QString &oauthUrl, Clock clock = systemClock(),
                       std::chrono::seconds timeout = std::chrono::seconds(10));

    QString provider() const override { return QStringLiteral("google_ads"); }
    // Google keeps daily-segmented metrics for 37 months and refuses older dates
    // (REQUESTED_DATE_GRANULARITY_NOT_SUPPORTED); the first read is bounded like Facebook's.
    int historyMonths() const override { return 37; }

    // Currency and time zone from the customer resource. attribution is "google_ads": Google Ads
    // has no account-wide attribution setting; each conversion action counts with its own model
    // and window, and the client explains this code in its small print.
    Fetched<AdAccountInfo> accountInfo(const QString &externalId, const Credentials &credentials) override;
    Fetched<QList<DailyMetrics>> dailyMetrics(const QString &externalId, const Credentials &credentials, QDate from,
                                              QDate to) override;

private:
    // The 200 body of one searchStream request for the customer, or why there is none.
    Fetched<QByteArray> search(const QString &externalId, const Credentials &credentials, const QByteArray &query);
    HttpAnswer post(const QString &customer, const QByteArray &accessToken, const QByteArray &query) const;

    GoogleAdsSettings m_settings;
    OutboundHttp m_ads;
    RefreshTokenGrant m_tokens;
};

} // namespace kp::server::googleads
