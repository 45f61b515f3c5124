#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <variant>

namespace kp::server {

struct ServerConfig;

// Where the live checklist comes from: the seam the Google Sheets integration plugs into
// (GoogleChecklistSource implements it over server/integrations/google_sheets; the module
// knows only this interface).
//
// read() is synchronous and is called from the job thread (periodic sync) and from a request
// worker (the admin's "sync now"), never from two threads at once: ChecklistSync serialises the
// calls. It may block for the network (a few seconds at most, with its own timeouts and
// retries), and must not throw for anything the remote side does: those are SourceErrors.

// The sheet's cells, first row the header, rows possibly ragged (ChecklistSheet reads them).
struct SheetRead {
    QList<QStringList> rows;
    QDateTime modifiedTime; // Drive's modifiedTime of the file; invalid when unknown
};

// The sheet has not changed since `ifModifiedAfter` (Drive's modifiedTime): nothing was read.
struct SheetUnchanged {
    QDateTime modifiedTime;
};

struct SourceError {
    enum class Kind {
        NotShared,   // 403 PERMISSION_DENIED: the sheet is not shared with the key or account
        NotFound,    // 404: no such spreadsheet (or the tab/range named is gone)
        BadRange,    // 400: the range does not parse / the tab was renamed
        Unreachable, // network, TLS, 5xx after the retries
        RateLimited, // 429 after the retries
        Credentials, // the API key or service account was refused
        Other,
    };
    Kind kind = Kind::Other;
    QString message; // plain words for the log and the admin's status; never a secret
};

QString sourceErrorCode(SourceError::Kind kind); // "not_shared", "not_found", "bad_range", …

class ChecklistSource {
public:
    using Result = std::variant<SheetRead, SheetUnchanged, SourceError>;

    virtual ~ChecklistSource() = default;
    // What the admin sees as the source, e.g. "Google Sheet 1AbC…/Checkliste!A:I"; no secret.
    virtual QString describe() const = 0;
    // The sheet now; SheetUnchanged when `ifModifiedAfter` is given and the file is not newer.
    virtual Result read(const std::optional<QDateTime> &ifModifiedAfter) = 0;
};

// The source the config asks for, or nullptr when none is configured (no `[google]
// spreadsheet_id`): then CSV import is the only way in and a sync says so. The one place
// that chooses the implementation; the Google Sheets client returns itself from here.
std::unique_ptr<ChecklistSource> makeChecklistSource(const ServerConfig &config);

} // namespace kp::server
