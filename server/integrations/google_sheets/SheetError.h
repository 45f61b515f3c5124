#pragma once

#include <QString>

namespace kp::server::google {

// Why the checklist sheet could not be read, in the words an admin needs to fix it. The server
// stores code() with the English message; the client shows its own translation of the code.
struct SheetError {
    enum class Kind {
        NotShared,      // 403: the sheet is not shared with the service account / the key may not read it
        NotFound,       // 404: no sheet with this id (deleted, or a typo in spreadsheet_id)
        BadRange,       // 400 "Unable to parse range": the tab was renamed or the range is wrong
        BadCredentials, // 401, invalid_grant, a key Google does not accept
        ApiNotEnabled,  // 403 SERVICE_DISABLED: the Sheets API is off in the key's Cloud project
        Refused,        // any other 4xx: Google's detail says why
        Throttled,      // 429 still after the retries
        Unavailable,    // 5xx still after the retries
        Unreachable,    // no HTTP answer at all: DNS, connection, TLS, timeout
        BadAnswer,      // an answer that is not what Google documents (malformed JSON, missing fields)
    };

    Kind kind = Kind::BadAnswer;
    // One English sentence for the admin, naming what to do; never a token or key.
    QString message;
    // Google's own words (error.message / error_description), made log-safe; may be empty.
    QString detail;
    // For Throttled and Unavailable: seconds after which trying again makes sense, else 0.
    int retryAfterSeconds = 0;

    // Stable machine code, e.g. "google_sheet_not_shared".
    QString code() const { return codeOf(kind); }
    static QString codeOf(Kind kind);
};

} // namespace kp::server::google
