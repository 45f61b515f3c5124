#include "server/integrations/google_sheets/GoogleAccessToken.h"

#include "server/integrations/google_sheets/GoogleAnswers.h"

#include <QLoggingCategory>
#include <QUrl>

Q_LOGGING_CATEGORY(lcGoogleToken, "kp.google")

namespace kp::server::google {
namespace {

// Google accepts assertions valid for at most one hour.
constexpr qint64 assertionLifetimeS = 3600;

} // namespace

QString GoogleAccessToken::scope()
{
    return QStringLiteral("https://www.googleapis.com/auth/spreadsheets.readonly "
                          "https://www.googleapis.com/auth/drive.metadata.readonly");
}

GoogleAccessToken::GoogleAccessToken(ServiceAccountKey key, JwtSigner signer, const QString &oauthUrl, Clock clock,
                                     std::chrono::seconds timeout)
    : m_key(std::move(key))
    , m_signer(std::move(signer))
    , m_tokenUrl(oauthUrl.endsWith(QLatin1Char('/')) ? oauthUrl + QStringLiteral("token")
                                                     : oauthUrl + QStringLiteral("/token"))
    , m_http(oauthUrl, timeout)
    , m_clock(std::move(clock))
{
}

QByteArray GoogleAccessToken::assertion(const QDateTime &now) const
{
    const auto issuedAt = now.toSecsSinceEpoch();
    return m_signer.sign({{QStringLiteral("iss"), m_key.clientEmail},
                          {QStringLiteral("scope"), scope()},
                          {QStringLiteral("aud"), m_tokenUrl},
                          {QStringLiteral("iat"), issuedAt},
                          {QStringLiteral("exp"), issuedAt + assertionLifetimeS}},
                         m_key.privateKeyId);
}

std::variant<QByteArray, SheetError> GoogleAccessToken::get(Retrier &retrier, const ErrorContext &context)
{
    const std::lock_guard lock(m_mutex);
    const auto now = m_clock();
    if (!m_token.isEmpty() && now.secsTo(m_expires) > refreshMargin.count())
        return m_token;
    m_token.clear();

    const auto body
        = "grant_type=" + QUrl::toPercentEncoding(QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer"))
        + "&assertion=" + QUrl::toPercentEncoding(QString::fromLatin1(assertion(now)));
    const auto answer = retrier.run([&] { return m_http.postForm("/token", body); });
    if (answer.status != 200) {
        auto error = tokenError(answer, context, retrier.nextWaitSeconds());
        qCWarning(lcGoogleToken, "no access token for %s: %s %s", qUtf8Printable(m_key.clientEmail),
                  qUtf8Printable(error.code()), qUtf8Printable(error.detail));
        return error;
    }
    const auto token = parseTokenAnswer(answer.body);
    if (!token)
        return makeSheetError(SheetError::Kind::BadAnswer, context, QStringLiteral("token endpoint answer"));
    m_token = token->accessToken;
    m_expires = now.addSecs(token->expiresInSeconds);
    qCInfo(lcGoogleToken, "access token for %s, valid for %d s", qUtf8Printable(m_key.clientEmail),
           token->expiresInSeconds);
    return m_token;
}

void GoogleAccessToken::invalidate()
{
    const std::lock_guard lock(m_mutex);
    m_token.clear();
}

} // namespace kp::server::google
