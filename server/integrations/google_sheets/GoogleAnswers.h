#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace kp::server::google {

// Google's success answers, read strictly: std::nullopt when a body is not what Google documents.

// Sheets v4 spreadsheets.values.get: {"range": "...", "majorDimension": "ROWS", "values": [[...]]}.
// Google leaves out trailing empty cells of a row and trailing empty rows, and "values" entirely
// for an empty range; rows come back as given (ragged). Numbers and booleans (unformatted
// rendering) become their text, so a caller always gets strings.
std::optional<QList<QStringList>> parseValueRange(const QByteArray &body);

// Drive v3 files.get?fields=modifiedTime: {"modifiedTime": "2026-03-01T10:00:00.000Z"} (RFC 3339, UTC).
std::optional<QDateTime> parseModifiedTime(const QByteArray &body);

// OAuth 2.0 token endpoint: {"access_token": "...", "expires_in": 3599, "token_type": "Bearer"}.
struct TokenAnswer {
    QByteArray accessToken;
    int expiresInSeconds = 0;
};
std::optional<TokenAnswer> parseTokenAnswer(const QByteArray &body);

// Google's error bodies. APIs: {"error": {"code": 403, "message": "...", "status": "PERMISSION_DENIED",
// "errors": [{"reason": "forbidden", ...}], "details": [{"reason": "SERVICE_DISABLED", ...}]}};
// the token endpoint: {"error": "invalid_grant", "error_description": "..."}.
struct ErrorBody {
    QString status;      // "PERMISSION_DENIED"; for the token endpoint its "error" ("invalid_grant")
    QString message;     // error.message or error_description
    QStringList reasons; // errors[].reason and details[].reason
};
ErrorBody parseErrorBody(const QByteArray &body);

} // namespace kp::server::google
