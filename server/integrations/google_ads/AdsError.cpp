#include "server/integrations/google_ads/AdsError.h"

#include "server/core/LogSafe.h"
#include "server/integrations/google_ads/CustomerId.h"
#include "server/integrations/google_sheets/GoogleAnswers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace kp::server::googleads {
namespace {

using metrics::SourceStatus;

// The {"error": …} object, from the array-wrapped (searchStream) or the plain shape. In a stream
// that failed midway, results may come first; the first error counts.
QJsonObject errorObject(const QByteArray &body)
{
    const auto document = QJsonDocument::fromJson(body);
    if (document.isObject())
        return document.object().value(QLatin1String("error")).toObject();
    for (const auto &element : document.array()) {
        const auto error = element.toObject().value(QLatin1String("error"));
        if (error.isObject())
            return error.toObject();
    }
    return {};
}

// A protobuf Duration in JSON: "30s", "1.5s".
std::optional<std::chrono::seconds> duration(const QString &text)
{
    if (!text.endsWith(QLatin1Char('s')))
        return std::nullopt;
    bool ok = false;
    const double seconds = text.chopped(1).toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds < 0)
        return std::nullopt;
    return std::chrono::seconds(static_cast<qint64>(std::ceil(seconds)));
}

// Retry-After in seconds (the HTTP-date form is rare and treated as absent).
std::optional<std::chrono::seconds> retryAfterHeader(const QByteArray &value)
{
    bool ok = false;
    const auto seconds = value.trimmed().toLongLong(&ok);
    if (!ok || seconds < 0)
        return std::nullopt;
    return std::chrono::seconds(seconds);
}

void readGoogleAdsFailure(const QJsonObject &failure, AdsFailure &parsed)
{
    for (const auto &entry : failure.value(QLatin1String("errors")).toArray()) {
        const auto error = entry.toObject();
        const auto code = error.value(QLatin1String("errorCode")).toObject();
        for (auto it = code.begin(); it != code.end(); ++it)
            parsed.codes.append(it.key() + QLatin1Char('.') + it.value().toString());
        const auto quota
            = error.value(QLatin1String("details")).toObject().value(QLatin1String("quotaErrorDetails")).toObject();
        if (!parsed.retryDelay)
            parsed.retryDelay = duration(quota.value(QLatin1String("retryDelay")).toString());
    }
}

SourceProblem problem(SourceStatus status, const QString &message,
                      std::chrono::seconds retryAfter = std::chrono::seconds(0))
{
    return {status, message, retryAfter};
}

SourceProblem unreachable(const QString &networkError)
{
    return problem(SourceStatus::Error,
                   QStringLiteral("The server cannot reach Google (%1): check its internet connection, DNS and "
                                  "firewall; the portal tries again later.")
                       .arg(logSafe(networkError, 80)));
}

SourceProblem throttled(std::chrono::seconds wait)
{
    const auto seconds = std::max(wait, std::chrono::seconds(1));
    return problem(
        SourceStatus::Throttled,
        QStringLiteral("Google Ads is limiting requests (quota); the portal tries again in %1 s.").arg(seconds.count()),
        seconds);
}

// The error codes for a message: enum names only, which carry no secret.
QString codeList(const AdsFailure &failure)
{
    if (!failure.codes.isEmpty())
        return logSafe(failure.codes.join(QStringLiteral(", ")), 120);
    if (!failure.status.isEmpty())
        return logSafe(failure.status, 60);
    return QStringLiteral("HTTP %1").arg(failure.httpStatus);
}

std::optional<SourceProblem> developerTokenProblem(const AdsFailure &failure)
{
    if (failure.hasCode(QLatin1String("DEVELOPER_TOKEN_NOT_APPROVED")))
        return problem(SourceStatus::Error,
                       QStringLiteral("The developer token in [google] developer_token is approved for test "
                                      "accounts only: apply for Basic access in the Google Ads API Center."));
    if (failure.hasCode(QLatin1String("DEVELOPER_TOKEN_INVALID")))
        return problem(SourceStatus::Error,
                       QStringLiteral("Google Ads does not accept the developer token in [google] developer_token: "
                                      "copy it again from the API Center of the manager account."));
    if (failure.hasCode(QLatin1String("DEVELOPER_TOKEN_PROHIBITED")))
        return problem(SourceStatus::Error,
                       QStringLiteral("The developer token in [google] developer_token may not be used with the "
                                      "OAuth client in [google] client_id: use a client of the Google Cloud project "
                                      "the token was issued for."));
    return std::nullopt;
}

SourceProblem permissionProblem(const AdsFailure &failure, const QString &shown)
{
    if (failure.hasCode(QLatin1String("USER_PERMISSION_DENIED")))
        return problem(SourceStatus::Error,
                       QStringLiteral("The Google user who granted the refresh token has no access to customer %1: "
                                      "give that user access in Google Ads, or set [google] login_customer_id to "
                                      "the manager account the customer is linked to.")
                           .arg(shown));
    if (failure.hasCode(QLatin1String("CUSTOMER_NOT_ENABLED")))
        return problem(SourceStatus::Error,
                       QStringLiteral("The Google Ads account %1 is not enabled (cancelled, suspended or never set "
                                      "up): enable it in Google Ads.")
                           .arg(shown));
    return problem(SourceStatus::Error,
                   QStringLiteral("Google Ads refused access to customer %1 (%2): check the account's access in "
                                  "Google Ads and the [google] settings.")
                       .arg(shown, codeList(failure)));
}

} // namespace

bool AdsFailure::hasCode(QLatin1String value) const
{
    const QString suffix = QLatin1Char('.') + value;
    return std::any_of(codes.cbegin(), codes.cend(), [&](const QString &code) { return code.endsWith(suffix); });
}

AdsFailure parseAdsFailure(const HttpAnswer &answer)
{
    AdsFailure parsed;
    parsed.httpStatus = answer.status;
    parsed.networkError = answer.networkError;
    const auto error = errorObject(answer.body);
    // A stream that failed after it started was sent with 200; the error's own code tells more.
    if (answer.status == 200)
        parsed.httpStatus = error.value(QLatin1String("code")).toInt(200);
    parsed.status = error.value(QLatin1String("status")).toString();
    for (const auto &detail : error.value(QLatin1String("details")).toArray())
        readGoogleAdsFailure(detail.toObject(), parsed);
    if (!parsed.retryDelay)
        parsed.retryDelay = retryAfterHeader(answer.retryAfter);
    return parsed;
}

bool isAccessTokenRefused(const AdsFailure &failure)
{
    const bool unauthenticated = failure.httpStatus == 401 || failure.status == QLatin1String("UNAUTHENTICATED");
    return unauthenticated && !developerTokenProblem(failure);
}

SourceProblem adsProblem(const AdsFailure &failure, const QString &customer)
{
    const auto shown = displayCustomerId(customer);
    if (failure.httpStatus == 0)
        return unreachable(failure.networkError);
    // Key on the status as well as the HTTP code: older answers sent RESOURCE_EXHAUSTED with 400.
    if (failure.httpStatus == 429 || failure.status == QLatin1String("RESOURCE_EXHAUSTED")
        || failure.hasCode(QLatin1String("RESOURCE_TEMPORARILY_EXHAUSTED")))
        return throttled(failure.retryDelay.value_or(defaultThrottleWait));
    if (auto developerToken = developerTokenProblem(failure))
        return *developerToken;
    if (isAccessTokenRefused(failure))
        return problem(SourceStatus::NeedsToken,
                       QStringLiteral("Google Ads does not accept the access granted by this account's refresh "
                                      "token; connect the account again."));
    if (failure.httpStatus == 403 || failure.status == QLatin1String("PERMISSION_DENIED"))
        return permissionProblem(failure, shown);
    if (failure.hasCode(QLatin1String("REQUESTED_METRICS_FOR_MANAGER")))
        return problem(SourceStatus::Error,
                       QStringLiteral("%1 is a manager account, which has no metrics of its own: connect each of "
                                      "its client accounts instead.")
                           .arg(shown));
    if (failure.hasCode(QLatin1String("REQUESTED_DATE_GRANULARITY_NOT_SUPPORTED")))
        return problem(SourceStatus::Error,
                       QStringLiteral("Google Ads keeps daily metrics for the last 37 months only; the read of "
                                      "customer %1 asked for older days.")
                           .arg(shown));
    if (failure.httpStatus == 404 || failure.status == QLatin1String("NOT_FOUND"))
        return problem(SourceStatus::Error,
                       QStringLiteral("Google Ads knows no customer %1 (or no longer serves API version [google] "
                                      "ads_api_version): check the customer id and the version.")
                           .arg(shown));
    if (failure.httpStatus >= 500)
        return problem(SourceStatus::Error,
                       QStringLiteral("Google Ads is unavailable right now (%1); the portal tries again later.")
                           .arg(codeList(failure)));
    return problem(
        SourceStatus::Error,
        QStringLiteral("Google Ads refused the request for customer %1 (%2).").arg(shown, codeList(failure)));
}

SourceProblem tokenProblem(const HttpAnswer &answer)
{
    if (answer.status == 0)
        return unreachable(answer.networkError);
    if (answer.status == 429)
        return throttled(retryAfterHeader(answer.retryAfter).value_or(defaultThrottleWait));
    if (answer.status >= 500)
        return problem(SourceStatus::Error,
                       QStringLiteral("Google's token endpoint is unavailable right now (HTTP %1); the portal tries "
                                      "again later.")
                           .arg(answer.status));
    const auto error = google::parseErrorBody(answer.body).status;
    if (error == QLatin1String("invalid_grant"))
        return problem(SourceStatus::NeedsToken,
                       QStringLiteral("The Google refresh token has expired or was revoked; connect the account "
                                      "again."));
    if (error == QLatin1String("invalid_client") || error == QLatin1String("unauthorized_client"))
        return problem(SourceStatus::Error,
                       QStringLiteral("Google does not accept the OAuth client in [google] client_id and "
                                      "[google] client_secret (%1): check both, and that the refresh tokens were "
                                      "issued to this client.")
                           .arg(error));
    return problem(SourceStatus::Error,
                   QStringLiteral("Google's token endpoint refused the refresh token (%1).")
                       .arg(error.isEmpty() ? QStringLiteral("HTTP %1").arg(answer.status) : logSafe(error, 60)));
}

} // namespace kp::server::googleads
