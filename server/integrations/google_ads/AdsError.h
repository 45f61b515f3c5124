#pragma once

#include "server/integrations/OutboundHttp.h"
#include "server/metrics/MetricsConnector.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace kp::server::googleads {

using metrics::SourceProblem;

// A Google Ads API error, as far as the connector decides on it. Google's body is a
// google.rpc.Status with a GoogleAdsFailure in its details:
//   [{"error": {"code": 429, "message": "…", "status": "RESOURCE_EXHAUSTED", "details": [{"@type":
//     "type.googleapis.com/google.ads.googleads.vXX.errors.GoogleAdsFailure", "errors": [{"errorCode":
//     {"quotaError": "RESOURCE_EXHAUSTED"}, "message": "…", "details": {"quotaErrorDetails":
//     {"retryDelay": "30s", …}}}]}]}}]
// searchStream wraps it in an array; other methods send the object alone. Both are read. The
// version in "@type" is not trusted (Google has answered a v19 request with a v16 type).
struct AdsFailure {
    int httpStatus = 0; // 0: no answer at all
    QString status;     // "RESOURCE_EXHAUSTED"; empty when the body has none
    QStringList codes;  // every errorCode as "family.VALUE": "authorizationError.USER_PERMISSION_DENIED"
    std::optional<std::chrono::seconds> retryDelay; // quotaErrorDetails.retryDelay, rounded up
    QString networkError;                           // cpp-httplib's words when httpStatus is 0

    bool hasCode(QLatin1String value) const; // value alone ("USER_PERMISSION_DENIED"), any family
};

AdsFailure parseAdsFailure(const HttpAnswer &answer);

// True when the access token was refused (401 UNAUTHENTICATED for the OAuth token), which a
// fresh token may cure; a developer-token problem is also UNAUTHENTICATED but is not cured so.
bool isAccessTokenRefused(const AdsFailure &failure);

// What the admin's ad-account page says about a failure for this customer (digits). Messages
// are ours, naming what to fix; Google's own text is never copied into them (it may echo a
// developer token back), only its error codes.
SourceProblem adsProblem(const AdsFailure &failure, const QString &customer);

// The OAuth token endpoint's refusal ({"error": "invalid_grant", …}) of a refresh token.
SourceProblem tokenProblem(const HttpAnswer &answer);

// How long to wait when Google said "slower" without saying how long.
inline constexpr std::chrono::seconds defaultThrottleWait {60};

} // namespace kp::server::googleads
