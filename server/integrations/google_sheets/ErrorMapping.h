#pragma once

#include "server/integrations/google_sheets/GoogleHttp.h"
#include "server/integrations/google_sheets/SheetError.h"

namespace kp::server::google {

// Who asked for what, so the message can name what the admin has to change.
struct ErrorContext {
    QString spreadsheetId;
    QString range;
    QString serviceAccountEmail; // empty when the sheet is read with an API key
};

// A SheetError of this kind with its English message; detail is Google's own text, if any.
SheetError makeSheetError(SheetError::Kind kind, const ErrorContext &context, const QString &detail = {});

// A Sheets or Drive answer other than 200, or no answer at all (status 0). retryAfterSeconds is
// what the Retrier suggests for 429/5xx.
SheetError apiError(const HttpAnswer &answer, const ErrorContext &context, int retryAfterSeconds = 0);

// The same for the OAuth token endpoint, whose error body has a shape of its own.
SheetError tokenError(const HttpAnswer &answer, const ErrorContext &context, int retryAfterSeconds = 0);

} // namespace kp::server::google
