#pragma once

#include "server/integrations/google_sheets/ErrorMapping.h"
#include "server/integrations/google_sheets/GoogleHttp.h"
#include "server/integrations/google_sheets/GoogleSheetsSettings.h"
#include "server/integrations/google_sheets/Retrier.h"
#include "server/integrations/google_sheets/SheetError.h"
#include "server/security/Clock.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>
#include <variant>

namespace kp::server::google {

class GoogleAccessToken;

// The sheet's rows as Google sent them.
struct SheetValues {
    // Ragged: Google leaves out trailing empty cells of each row and trailing empty rows. Empty
    // when unchanged is true.
    QList<QStringList> rows;
    // Drive's modifiedTime (UTC). Invalid when Drive could not tell (e.g. the Drive API is not
    // enabled for the key): the rows were read anyway, and the caller compares content.
    QDateTime modifiedTime;
    // The file's modifiedTime equals the one the caller knew: the values were not read at all.
    bool unchanged = false;
};

using SheetReadResult = std::variant<SheetValues, SheetError>;

// What tests change; the server uses the defaults.
struct GoogleSheetsClientOptions {
    Clock clock = systemClock();       // decides when a cached access token is renewed
    Sleeper sleep = threadSleeper();   // waits between retries of 429/5xx
    RetryLimits retry;                 // at most ~30 s of waiting per read()
    std::chrono::seconds timeout {10}; // connect, read and write timeout of each request
};

// Reads the checklist sheet: Drive v3 files.get?fields=modifiedTime first, so an unchanged sheet
// costs one small request, then Sheets v4 spreadsheets.values.get of the configured range. With
// an API key it sends ?key=; with a service account a Bearer token (GoogleAccessToken), renewed
// once when Google answers 401 to it.
//
// Synchronous and blocking (up to the timeouts and the retry budget): meant for a job thread,
// never for a request worker. read() may be called from several threads; the token cache is
// shared and locked, everything else is per call.
class GoogleSheetsClient {
public:
    // settings must be enabled(). Throws std::runtime_error (one line, no secret) when the service
    // account key file cannot be used; ServerConfig::load has checked it before.
    explicit GoogleSheetsClient(const GoogleSheetsSettings &settings,
                                GoogleSheetsClientOptions options = GoogleSheetsClientOptions());
    ~GoogleSheetsClient();
    GoogleSheetsClient(const GoogleSheetsClient &) = delete;
    GoogleSheetsClient &operator=(const GoogleSheetsClient &) = delete;

    // knownModifiedTime: the modifiedTime of the last successful read, if any; equal to Drive's
    // answer → SheetValues{unchanged = true} without reading the values.
    SheetReadResult read(std::optional<QDateTime> knownModifiedTime = std::nullopt);

private:
    // A GET with the credentials attached: ?key=, or a Bearer token (a fresh one after a 401).
    std::variant<HttpAnswer, SheetError> authorizedGet(const GoogleHttp &http, const QByteArray &path,
                                                       const QByteArray &query, Retrier &retrier);
    // Drive's modifiedTime; nullopt (and the error left out) when Drive cannot tell but Sheets may.
    std::variant<std::optional<QDateTime>, SheetError> modifiedTime(Retrier &retrier);
    SheetReadResult values(Retrier &retrier, const QDateTime &modifiedTime);

    GoogleSheetsSettings m_settings;
    GoogleSheetsClientOptions m_options;
    ErrorContext m_context;
    GoogleHttp m_sheets;
    GoogleHttp m_drive;
    std::unique_ptr<GoogleAccessToken> m_token; // null with an API key
};

} // namespace kp::server::google
