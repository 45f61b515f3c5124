#pragma once

#include "LoopbackServer.h"
#include "server/security/Clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <map>
#include <mutex>
#include <optional>

// Google's OAuth token endpoint, Drive v3 files.get and Sheets v4 spreadsheets.values.get for one
// spreadsheet, on a free loopback port, answering in Google's wire format, errors included. Point
// [google] oauth_url, sheets_url and drive_url all at baseUrl().
//
//   FakeGoogle google;
//   google.addApiKey("test-key");
//   google.setRows({{"section", "item_id"}, {"Start", "logo"}});
//   google.setLinkReadable(true);
//   QVERIFY(google.start());
//
// It checks what Google checks: the JWT's RS256 signature against the service account's public
// key, grant_type, aud (baseUrl() + "/token"), iat/exp within an hour of its clock, the scope; API
// keys; Bearer tokens it issued and that have not expired; who the sheet is shared with. A test
// changes the sheet, its sharing and its tab while the fake runs, and makes it fail on purpose.
// Requests run on the fake's own threads; every method here is thread-safe.
class FakeGoogle {
public:
    enum class Endpoint { Token, Drive, Sheets };

    FakeGoogle();
    ~FakeGoogle(); // stops the server and joins its thread
    FakeGoogle(const FakeGoogle &) = delete;
    FakeGoogle &operator=(const FakeGoogle &) = delete;

    // Binds a free port on 127.0.0.1 and serves on a background thread until destroyed.
    bool start() { return m_loopback.start(); }
    QString baseUrl() const { return m_loopback.baseUrl(); }

    QString spreadsheetId() const { return QStringLiteral("1kpFakeChecklistSheetAbc-_xyz"); }

    // Credentials it accepts.
    void addServiceAccount(const QString &clientEmail, const QByteArray &publicKeyPem);
    void addApiKey(const QString &key);
    void setTokenLifetime(int seconds); // expires_in of issued tokens; Google's 3599 by default
    // Ends every issued token before its time, as Google does when a key is deleted: the next
    // request with one of them gets 401.
    void revokeTokens();
    // The fake's idea of now (token and JWT expiry); the system clock by default.
    void setClock(kp::server::Clock clock);

    // The sheet. Rows are kept as given; answers leave out trailing empty cells and rows, as
    // Google does. Every change moves modifiedTime forward.
    void setRows(const QList<QStringList> &rows);
    void renameTab(const QString &tab); // "Checkliste" at first
    void shareWith(const QString &clientEmail);
    void unshareWith(const QString &clientEmail);
    void setLinkReadable(bool readable); // "Anyone with the link can view": what an API key needs
    void deleteSheet();
    // Off: Drive answers 403 SERVICE_DISABLED, as for a key whose project never enabled it.
    void setDriveApiEnabled(bool enabled);
    QDateTime modifiedTime() const;

    // The next `count` requests to endpoint answer `status` (429 or 5xx), with Retry-After when
    // retryAfterSeconds >= 0, before the endpoint answers normally again.
    void failNext(Endpoint endpoint, int count, int status, int retryAfterSeconds = -1);
    // The next answer of endpoint is 200 with an HTML page instead of JSON, as from a captive
    // portal or a misconfigured proxy.
    void sendGarbageNext(Endpoint endpoint);

    // What clients did.
    int requests(Endpoint endpoint) const;
    QList<QByteArray> issuedTokens() const;
    QString lastTokenError() const; // error_description of the last refused token request

private:
    struct Token {
        QString clientEmail;
        QDateTime expires;
    };
    struct Failure {
        int count = 0;
        int status = 0;
        int retryAfterSeconds = -1;
    };
    // Who is asking: an API key, a Bearer token's service account, or an error answer already set.
    struct Caller {
        bool apiKey = false;
        QString clientEmail;
    };

    void handleToken(const httplib::Request &request, httplib::Response &response);
    void handleDrive(const httplib::Request &request, httplib::Response &response);
    void handleSheets(const httplib::Request &request, httplib::Response &response);
    // Counts the request and answers an injected failure; true when it did.
    bool countAndMaybeFail(Endpoint endpoint, httplib::Response &response);
    // nullopt when the response already holds an error (bad key, unknown or expired token).
    std::optional<Caller> authenticate(const httplib::Request &request, httplib::Response &response);
    bool mayRead(const Caller &caller) const;
    void touch();

    mutable std::mutex m_mutex;
    kp::server::Clock m_clock = kp::server::systemClock();
    QMap<QString, QByteArray> m_accounts; // client_email → public key PEM
    QSet<QString> m_apiKeys;
    int m_tokenLifetime = 3599;
    std::map<QByteArray, Token> m_tokens;
    QList<QByteArray> m_issued;
    QString m_lastTokenError;

    QList<QStringList> m_rows;
    QString m_tab = QStringLiteral("Checkliste");
    QSet<QString> m_sharedWith;
    bool m_linkReadable = false;
    bool m_deleted = false;
    bool m_driveEnabled = true;
    QDateTime m_modified = QDateTime(QDate(2026, 3, 2), QTime(9, 15), Qt::UTC);

    std::map<Endpoint, Failure> m_failures;
    std::map<Endpoint, int> m_requests;

    LoopbackServer m_loopback;
};
