#include "server/integrations/google_sheets/ErrorMapping.h"

#include "server/core/LogSafe.h"
#include "server/integrations/google_sheets/GoogleAnswers.h"

namespace kp::server::google {
namespace {

using Kind = SheetError::Kind;

QString messageFor(Kind kind, const ErrorContext &context)
{
    const bool withKey = context.serviceAccountEmail.isEmpty();
    switch (kind) {
    case Kind::NotShared:
        return withKey ? QStringLiteral("The sheet cannot be read with the API key: share it as \"Anyone with the "
                                        "link can view\", or use a service account.")
                       : QStringLiteral("The sheet is not shared with the service account %1: share it with this "
                                        "address (Viewer is enough).")
                             .arg(context.serviceAccountEmail);
    case Kind::NotFound:
        return QStringLiteral("There is no Google Sheet with the id %1: it was deleted, or [google] spreadsheet_id "
                              "is wrong.")
            .arg(context.spreadsheetId);
    case Kind::BadRange:
        return QStringLiteral("The sheet has no range %1: was the tab renamed? Rename it back or change [google] "
                              "range.")
            .arg(context.range);
    case Kind::BadCredentials:
        return withKey ? QStringLiteral("Google does not accept the API key in [google] api_key.")
                       : QStringLiteral("Google does not accept the service account key of %1: create a new key "
                                        "and point [google] service_account_file to it.")
                             .arg(context.serviceAccountEmail);
    case Kind::ApiNotEnabled:
        return QStringLiteral("The Google Sheets API (or Drive API) is not enabled in the Google Cloud project of "
                              "the key: enable it there.");
    case Kind::Refused:
        return QStringLiteral("Google refused to read the sheet.");
    case Kind::Throttled:
        return QStringLiteral("Google is limiting requests right now (quota); the portal tries again later.");
    case Kind::Unavailable:
        return QStringLiteral("Google Sheets is unavailable right now; the portal tries again later.");
    case Kind::Unreachable:
        return QStringLiteral("The server cannot reach Google: check its internet connection, DNS and firewall.");
    case Kind::BadAnswer:
        break;
    }
    return QStringLiteral("Google's answer could not be read.");
}

bool mentions(const ErrorBody &body, QLatin1String word)
{
    return body.status.contains(word, Qt::CaseInsensitive) || body.message.contains(word, Qt::CaseInsensitive)
        || body.reasons.join(QLatin1Char(' ')).contains(word, Qt::CaseInsensitive);
}

// 429 and Drive's 403 rate limits are Google saying "slower"; 5xx is Google being down.
SheetError transient(const HttpAnswer &answer, const ErrorContext &context, int retryAfterSeconds,
                     const QString &detail)
{
    auto error = makeSheetError(answer.status >= 500 ? Kind::Unavailable : Kind::Throttled, context,
                                detail.isEmpty() ? QStringLiteral("HTTP %1").arg(answer.status) : detail);
    error.retryAfterSeconds = std::max(retryAfterSeconds, 1);
    return error;
}

} // namespace

SheetError makeSheetError(SheetError::Kind kind, const ErrorContext &context, const QString &detail)
{
    SheetError error;
    error.kind = kind;
    error.message = messageFor(kind, context);
    error.detail = logSafe(detail, 300);
    return error;
}

SheetError apiError(const HttpAnswer &answer, const ErrorContext &context, int retryAfterSeconds)
{
    if (answer.status == 0)
        return makeSheetError(Kind::Unreachable, context, answer.networkError);
    const auto body = parseErrorBody(answer.body);
    const auto detail = body.message;
    if (answer.status == 429 || answer.status >= 500 || mentions(body, QLatin1String("RateLimitExceeded")))
        return transient(answer, context, retryAfterSeconds, detail);
    if (answer.status == 401 || mentions(body, QLatin1String("API key not valid"))
        || mentions(body, QLatin1String("API_KEY_INVALID")))
        return makeSheetError(Kind::BadCredentials, context, detail);
    if (mentions(body, QLatin1String("SERVICE_DISABLED")) || mentions(body, QLatin1String("accessNotConfigured")))
        return makeSheetError(Kind::ApiNotEnabled, context, detail);
    if (answer.status == 400 && body.message.contains(QLatin1String("Unable to parse range")))
        return makeSheetError(Kind::BadRange, context, detail);
    if (answer.status == 403)
        return makeSheetError(Kind::NotShared, context, detail);
    if (answer.status == 404)
        return makeSheetError(Kind::NotFound, context, detail);
    return makeSheetError(Kind::Refused, context,
                          detail.isEmpty() ? QStringLiteral("HTTP %1").arg(answer.status) : detail);
}

SheetError tokenError(const HttpAnswer &answer, const ErrorContext &context, int retryAfterSeconds)
{
    if (answer.status == 0)
        return makeSheetError(Kind::Unreachable, context, answer.networkError);
    const auto body = parseErrorBody(answer.body);
    if (answer.status == 429 || answer.status >= 500)
        return transient(answer, context, retryAfterSeconds, body.message);
    // invalid_grant (bad signature, unknown or deleted key), invalid_client, unauthorized_client.
    if (answer.status == 400 || answer.status == 401 || answer.status == 403)
        return makeSheetError(Kind::BadCredentials, context,
                              body.message.isEmpty() ? body.status : body.status + QStringLiteral(": ") + body.message);
    return makeSheetError(Kind::Refused, context, QStringLiteral("HTTP %1 %2").arg(answer.status).arg(body.status));
}

} // namespace kp::server::google
