#include "FakeGoogle.h"

#include "JwtVerifier.h"

#include <httplib.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <chrono>

namespace {

const QString jwtBearer = QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer");

void reply(httplib::Response &response, int status, const QJsonObject &body)
{
    response.status = status;
    response.set_content(QJsonDocument(body).toJson().toStdString(), "application/json; charset=UTF-8");
}

// Sheets' (and most newer Google APIs') error shape.
void apiError(httplib::Response &response, int status, const QString &message, const QString &canonical,
              const QJsonArray &details = {})
{
    QJsonObject error {
        {QStringLiteral("code"), status}, {QStringLiteral("message"), message}, {QStringLiteral("status"), canonical}};
    if (!details.isEmpty())
        error.insert(QStringLiteral("details"), details);
    reply(response, status, {{QStringLiteral("error"), error}});
}

// The "details" of newer Google errors: why, machine-readable.
QJsonArray errorInfo(const QString &reason)
{
    return {QJsonObject {{QStringLiteral("@type"), QStringLiteral("type.googleapis.com/google.rpc.ErrorInfo")},
                         {QStringLiteral("reason"), reason},
                         {QStringLiteral("domain"), QStringLiteral("googleapis.com")}}};
}

// Drive v3's older shape: no "status", an "errors" list with reasons.
void driveError(httplib::Response &response, int status, const QString &message, const QString &reason)
{
    const QJsonObject entry {{QStringLiteral("domain"), QStringLiteral("global")},
                             {QStringLiteral("reason"), reason},
                             {QStringLiteral("message"), message}};
    reply(response, status,
          {{QStringLiteral("error"),
            QJsonObject {{QStringLiteral("code"), status},
                         {QStringLiteral("message"), message},
                         {QStringLiteral("errors"), QJsonArray {entry}}}}});
}

void tokenError(httplib::Response &response, int status, const QString &error, const QString &description)
{
    reply(response, status, {{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}});
}

// What values.get returns: trailing empty cells of each row and trailing empty rows left out.
QJsonArray trimmedValues(const QList<QStringList> &rows)
{
    QList<QStringList> trimmed = rows;
    for (auto &row : trimmed) {
        while (!row.isEmpty() && row.last().isEmpty())
            row.removeLast();
    }
    while (!trimmed.isEmpty() && trimmed.last().isEmpty())
        trimmed.removeLast();
    QJsonArray values;
    for (const auto &row : trimmed)
        values.append(QJsonArray::fromStringList(row));
    return values;
}

// "Checkliste!A1:Z" or "'Check liste'!A1:Z" → the tab's name.
QString tabOf(const QString &range)
{
    auto tab = range.section(QLatin1Char('!'), 0, -2);
    if (tab.size() >= 2 && tab.startsWith(QLatin1Char('\'')) && tab.endsWith(QLatin1Char('\'')))
        tab = tab.mid(1, tab.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
    return tab;
}

QString rfc3339(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

FakeGoogle::FakeGoogle()
{
    m_loopback.server().Post("/token", [this](const auto &request, auto &response) { handleToken(request, response); });
    m_loopback.server().Get(R"(/drive/v3/files/([^/]+))",
                            [this](const auto &request, auto &response) { handleDrive(request, response); });
    m_loopback.server().Get(R"(/v4/spreadsheets/([^/]+)/values/(.+))",
                            [this](const auto &request, auto &response) { handleSheets(request, response); });
}

FakeGoogle::~FakeGoogle()
{
    m_loopback.stop(); // before any state the handlers use goes
}

void FakeGoogle::addServiceAccount(const QString &clientEmail, const QByteArray &publicKeyPem)
{
    const std::lock_guard lock(m_mutex);
    m_accounts.insert(clientEmail, publicKeyPem);
}

void FakeGoogle::addApiKey(const QString &key)
{
    const std::lock_guard lock(m_mutex);
    m_apiKeys.insert(key);
}

void FakeGoogle::setTokenLifetime(int seconds)
{
    const std::lock_guard lock(m_mutex);
    m_tokenLifetime = seconds;
}

void FakeGoogle::revokeTokens()
{
    const std::lock_guard lock(m_mutex);
    m_tokens.clear();
}

void FakeGoogle::setClock(kp::server::Clock clock)
{
    const std::lock_guard lock(m_mutex);
    m_clock = std::move(clock);
}

void FakeGoogle::touch()
{
    m_modified = std::max(m_modified.addMSecs(1), m_clock().toUTC());
}

void FakeGoogle::setRows(const QList<QStringList> &rows)
{
    const std::lock_guard lock(m_mutex);
    m_rows = rows;
    m_deleted = false;
    touch();
}

void FakeGoogle::renameTab(const QString &tab)
{
    const std::lock_guard lock(m_mutex);
    m_tab = tab;
    touch();
}

void FakeGoogle::shareWith(const QString &clientEmail)
{
    const std::lock_guard lock(m_mutex);
    m_sharedWith.insert(clientEmail);
}

void FakeGoogle::unshareWith(const QString &clientEmail)
{
    const std::lock_guard lock(m_mutex);
    m_sharedWith.remove(clientEmail);
}

void FakeGoogle::setLinkReadable(bool readable)
{
    const std::lock_guard lock(m_mutex);
    m_linkReadable = readable;
}

void FakeGoogle::deleteSheet()
{
    const std::lock_guard lock(m_mutex);
    m_deleted = true;
}

void FakeGoogle::setDriveApiEnabled(bool enabled)
{
    const std::lock_guard lock(m_mutex);
    m_driveEnabled = enabled;
}

QDateTime FakeGoogle::modifiedTime() const
{
    const std::lock_guard lock(m_mutex);
    return m_modified;
}

void FakeGoogle::failNext(Endpoint endpoint, int count, int status, int retryAfterSeconds)
{
    const std::lock_guard lock(m_mutex);
    m_failures[endpoint] = {count, status, retryAfterSeconds};
}

void FakeGoogle::sendGarbageNext(Endpoint endpoint)
{
    const std::lock_guard lock(m_mutex);
    m_failures[endpoint] = {1, 200, -1};
}

int FakeGoogle::requests(Endpoint endpoint) const
{
    const std::lock_guard lock(m_mutex);
    const auto found = m_requests.find(endpoint);
    return found == m_requests.end() ? 0 : found->second;
}

QList<QByteArray> FakeGoogle::issuedTokens() const
{
    const std::lock_guard lock(m_mutex);
    return m_issued;
}

QString FakeGoogle::lastTokenError() const
{
    const std::lock_guard lock(m_mutex);
    return m_lastTokenError;
}

bool FakeGoogle::countAndMaybeFail(Endpoint endpoint, httplib::Response &response)
{
    ++m_requests[endpoint];
    auto &failure = m_failures[endpoint];
    if (failure.count <= 0)
        return false;
    --failure.count;
    if (failure.retryAfterSeconds >= 0)
        response.set_header("Retry-After", std::to_string(failure.retryAfterSeconds));
    if (failure.status == 200)
        response.set_content("<html><body>Please sign in to the hotel wifi</body></html>", "text/html");
    else if (failure.status == 429)
        apiError(response, 429,
                 QStringLiteral("Quota exceeded for quota metric 'Read requests' and limit 'Read requests per "
                                "minute per user' of service 'sheets.googleapis.com'."),
                 QStringLiteral("RESOURCE_EXHAUSTED"));
    else
        apiError(response, failure.status, QStringLiteral("The service is currently unavailable."),
                 QStringLiteral("UNAVAILABLE"));
    return true;
}

void FakeGoogle::handleToken(const httplib::Request &request, httplib::Response &response)
{
    const std::lock_guard lock(m_mutex);
    if (countAndMaybeFail(Endpoint::Token, response))
        return;
    const auto refuse = [&](int status, const QString &error, const QString &description) {
        m_lastTokenError = description;
        tokenError(response, status, error, description);
    };
    const auto grantType = QString::fromStdString(request.get_param_value("grant_type"));
    if (grantType != jwtBearer)
        return refuse(400, QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("Invalid grant_type: ") + grantType);
    const auto assertion = QByteArray::fromStdString(request.get_param_value("assertion"));
    const auto claimed = unverifiedClaims(assertion);
    const auto issuer = claimed ? claimed->value(QLatin1String("iss")).toString() : QString();
    if (!claimed)
        return refuse(400, QStringLiteral("invalid_grant"), QStringLiteral("Invalid JWT: malformed"));
    if (!m_accounts.contains(issuer))
        return refuse(400, QStringLiteral("invalid_grant"), QStringLiteral("Invalid grant: account not found"));
    QString problem;
    const auto jwt = verifyRs256(assertion, m_accounts.value(issuer), &problem);
    if (!jwt)
        return refuse(400, QStringLiteral("invalid_grant"), problem);
    const auto &claims = jwt->claims;
    if (claims.value(QLatin1String("aud")).toString() != baseUrl() + QStringLiteral("/token"))
        return refuse(400, QStringLiteral("invalid_grant"), QStringLiteral("Invalid JWT: Failed audience check."));
    const auto now = m_clock().toSecsSinceEpoch();
    const auto issuedAt = claims.value(QLatin1String("iat")).toInteger(-1);
    const auto expires = claims.value(QLatin1String("exp")).toInteger(-1);
    if (issuedAt < 0 || expires <= now || issuedAt > now + 60 || expires - issuedAt > 3600)
        return refuse(400, QStringLiteral("invalid_grant"),
                      QStringLiteral("Invalid JWT: Token must be a short-lived token (60 minutes) and in a "
                                     "reasonable timeframe. Check your iat and exp values in the JWT claim."));
    const auto scopes = claims.value(QLatin1String("scope")).toString().split(QLatin1Char(' '));
    if (!scopes.contains(QLatin1String("https://www.googleapis.com/auth/spreadsheets.readonly")))
        return refuse(400, QStringLiteral("invalid_scope"),
                      QStringLiteral("Invalid OAuth scope or ID token audience provided."));

    const auto token = "ya29.fake-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    m_tokens[token] = {issuer, m_clock().addSecs(m_tokenLifetime)};
    m_issued.append(token);
    reply(response, 200,
          {{QStringLiteral("access_token"), QString::fromLatin1(token)},
           {QStringLiteral("expires_in"), m_tokenLifetime},
           {QStringLiteral("token_type"), QStringLiteral("Bearer")}});
}

std::optional<FakeGoogle::Caller> FakeGoogle::authenticate(const httplib::Request &request, httplib::Response &response)
{
    if (request.has_param("key")) {
        if (m_apiKeys.contains(QString::fromStdString(request.get_param_value("key"))))
            return Caller {true, {}};
        apiError(response, 400, QStringLiteral("API key not valid. Please pass a valid API key."),
                 QStringLiteral("INVALID_ARGUMENT"), errorInfo(QStringLiteral("API_KEY_INVALID")));
        return std::nullopt;
    }
    const auto authorization = QByteArray::fromStdString(request.get_header_value("Authorization"));
    if (authorization.startsWith("Bearer ")) {
        const auto found = m_tokens.find(authorization.mid(7));
        if (found != m_tokens.end() && found->second.expires > m_clock())
            return Caller {false, found->second.clientEmail};
        apiError(response, 401,
                 QStringLiteral("Request had invalid authentication credentials. Expected OAuth 2 access token, "
                                "login cookie or other valid authentication credential."),
                 QStringLiteral("UNAUTHENTICATED"));
        return std::nullopt;
    }
    apiError(response, 403, QStringLiteral("The request is missing a valid API key."),
             QStringLiteral("PERMISSION_DENIED"));
    return std::nullopt;
}

bool FakeGoogle::mayRead(const Caller &caller) const
{
    return m_linkReadable || (!caller.apiKey && m_sharedWith.contains(caller.clientEmail));
}

void FakeGoogle::handleDrive(const httplib::Request &request, httplib::Response &response)
{
    const std::lock_guard lock(m_mutex);
    if (countAndMaybeFail(Endpoint::Drive, response))
        return;
    if (!m_driveEnabled)
        return apiError(response, 403,
                        QStringLiteral("Google Drive API has not been used in project 123456789012 before or it is "
                                       "disabled. Enable it by visiting the Google Cloud console, then retry."),
                        QStringLiteral("PERMISSION_DENIED"), errorInfo(QStringLiteral("SERVICE_DISABLED")));
    const auto caller = authenticate(request, response);
    if (!caller)
        return;
    const auto fileId = QString::fromStdString(request.matches[1]);
    // Drive does not tell a file the caller may not see from one that does not exist.
    if (fileId != spreadsheetId() || m_deleted || !mayRead(*caller))
        return driveError(response, 404, QStringLiteral("File not found: %1.").arg(fileId), QStringLiteral("notFound"));
    if (request.get_param_value("fields") != "modifiedTime")
        return driveError(response, 400, QStringLiteral("Invalid field selection"), QStringLiteral("invalidParameter"));
    reply(response, 200, {{QStringLiteral("modifiedTime"), rfc3339(m_modified)}});
}

void FakeGoogle::handleSheets(const httplib::Request &request, httplib::Response &response)
{
    const std::lock_guard lock(m_mutex);
    if (countAndMaybeFail(Endpoint::Sheets, response))
        return;
    const auto caller = authenticate(request, response);
    if (!caller)
        return;
    if (QString::fromStdString(request.matches[1]) != spreadsheetId() || m_deleted)
        return apiError(response, 404, QStringLiteral("Requested entity was not found."), QStringLiteral("NOT_FOUND"));
    if (!mayRead(*caller))
        return apiError(response, 403, QStringLiteral("The caller does not have permission"),
                        QStringLiteral("PERMISSION_DENIED"));
    const auto range = QString::fromStdString(request.matches[2]);
    if (tabOf(range) != m_tab)
        return apiError(response, 400, QStringLiteral("Unable to parse range: %1").arg(range),
                        QStringLiteral("INVALID_ARGUMENT"));
    QJsonObject body {{QStringLiteral("range"), range}, {QStringLiteral("majorDimension"), QStringLiteral("ROWS")}};
    const auto values = trimmedValues(m_rows);
    if (!values.isEmpty())
        body.insert(QStringLiteral("values"), values);
    reply(response, 200, body);
}
