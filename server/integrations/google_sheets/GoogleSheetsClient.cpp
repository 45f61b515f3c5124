#include "server/integrations/google_sheets/GoogleSheetsClient.h"

#include "server/integrations/google_sheets/GoogleAccessToken.h"
#include "server/integrations/google_sheets/GoogleAnswers.h"

#include <QLoggingCategory>
#include <QUrl>

#include <stdexcept>

Q_LOGGING_CATEGORY(lcGoogleSheets, "kp.google")

namespace kp::server::google {
namespace {

using Kind = SheetError::Kind;

std::unique_ptr<GoogleAccessToken> makeToken(const GoogleSheetsSettings &settings,
                                             const GoogleSheetsClientOptions &options)
{
    if (!settings.usesServiceAccount())
        return nullptr;
    QString problem;
    auto key = ServiceAccountKey::load(settings.serviceAccountFile, &problem);
    auto signer = key ? JwtSigner::fromPem(key->privateKey, &problem) : std::nullopt;
    if (!signer)
        throw std::runtime_error("google service account: " + problem.toStdString());
    return std::make_unique<GoogleAccessToken>(std::move(*key), std::move(*signer), settings.oauthUrl, options.clock,
                                               options.timeout);
}

// Drive's answers that say nothing about the sheet itself: with these Sheets could not do better.
bool endsTheRead(const SheetError &error)
{
    return error.kind == Kind::Throttled || error.kind == Kind::Unavailable || error.kind == Kind::Unreachable
        || error.kind == Kind::BadCredentials;
}

} // namespace

GoogleSheetsClient::GoogleSheetsClient(const GoogleSheetsSettings &settings, GoogleSheetsClientOptions options)
    : m_settings(settings)
    , m_options(std::move(options))
    , m_sheets(settings.sheetsUrl, m_options.timeout)
    , m_drive(settings.driveUrl, m_options.timeout)
    , m_token(makeToken(settings, m_options))
{
    m_context = {settings.spreadsheetId, settings.range, m_token ? m_token->clientEmail() : QString()};
}

GoogleSheetsClient::~GoogleSheetsClient() = default;

std::variant<HttpAnswer, SheetError> GoogleSheetsClient::authorizedGet(const GoogleHttp &http, const QByteArray &path,
                                                                       const QByteArray &query, Retrier &retrier)
{
    if (!m_token) {
        const auto withKey = query + "&key=" + QUrl::toPercentEncoding(m_settings.apiKey);
        return retrier.run([&] { return http.get(path, withKey); });
    }
    for (int round = 1;; ++round) {
        auto token = m_token->get(retrier, m_context);
        if (auto *error = std::get_if<SheetError>(&token))
            return *error;
        const auto &bearer = std::get<QByteArray>(token);
        auto answer = retrier.run([&] { return http.get(path, query, bearer); });
        if (answer.status != 401 || round == 2)
            return answer;
        // Google ended the token before its time (key deleted, clock skew): one fresh token, then
        // its answer stands.
        m_token->invalidate();
    }
}

std::variant<std::optional<QDateTime>, SheetError> GoogleSheetsClient::modifiedTime(Retrier &retrier)
{
    const auto path = "/drive/v3/files/" + QUrl::toPercentEncoding(m_settings.spreadsheetId);
    auto result = authorizedGet(m_drive, path, "fields=modifiedTime&supportsAllDrives=true", retrier);
    if (auto *error = std::get_if<SheetError>(&result))
        return *error;
    const auto &answer = std::get<HttpAnswer>(result);
    if (answer.status == 200) {
        if (auto time = parseModifiedTime(answer.body))
            return time;
        return makeSheetError(Kind::BadAnswer, m_context, QStringLiteral("Drive files.get without modifiedTime"));
    }
    auto error = apiError(answer, m_context, retrier.nextWaitSeconds());
    if (endsTheRead(error))
        return error;
    // Drive answers 404 for a file the caller may not see and 403 when the Drive API is off in
    // the key's project; Sheets names the actual problem, so its answer decides.
    qCInfo(lcGoogleSheets, "Drive cannot tell when the sheet changed (%s); reading it anyway",
           qUtf8Printable(error.code()));
    return std::optional<QDateTime>();
}

SheetReadResult GoogleSheetsClient::values(Retrier &retrier, const QDateTime &modifiedTime)
{
    const auto path = "/v4/spreadsheets/" + QUrl::toPercentEncoding(m_settings.spreadsheetId) + "/values/"
        + QUrl::toPercentEncoding(m_settings.range);
    auto result = authorizedGet(m_sheets, path, "majorDimension=ROWS", retrier);
    if (auto *error = std::get_if<SheetError>(&result))
        return *error;
    const auto &answer = std::get<HttpAnswer>(result);
    if (answer.status != 200)
        return apiError(answer, m_context, retrier.nextWaitSeconds());
    auto rows = parseValueRange(answer.body);
    if (!rows)
        return makeSheetError(Kind::BadAnswer, m_context, QStringLiteral("Sheets values.get answer"));
    return SheetValues {std::move(*rows), modifiedTime, false};
}

SheetReadResult GoogleSheetsClient::read(std::optional<QDateTime> knownModifiedTime)
{
    Retrier retrier(m_options.retry, m_options.sleep);
    auto modified = modifiedTime(retrier);
    if (auto *error = std::get_if<SheetError>(&modified)) {
        qCWarning(lcGoogleSheets, "checklist sheet not read: %s %s", qUtf8Printable(error->code()),
                  qUtf8Printable(error->detail));
        return *error;
    }
    const auto time = std::get<std::optional<QDateTime>>(modified).value_or(QDateTime());
    if (time.isValid() && knownModifiedTime && *knownModifiedTime == time) {
        qCDebug(lcGoogleSheets, "checklist sheet unchanged since %s", qUtf8Printable(time.toString(Qt::ISODateWithMs)));
        return SheetValues {{}, time, true};
    }
    auto result = values(retrier, time);
    if (const auto *error = std::get_if<SheetError>(&result))
        qCWarning(lcGoogleSheets, "checklist sheet not read: %s %s", qUtf8Printable(error->code()),
                  qUtf8Printable(error->detail));
    else
        qCInfo(lcGoogleSheets, "checklist sheet read: %lld rows, modified %s",
               static_cast<long long>(std::get<SheetValues>(result).rows.size()),
               qUtf8Printable(time.isValid() ? time.toString(Qt::ISODateWithMs) : QStringLiteral("unknown")));
    return result;
}

} // namespace kp::server::google
