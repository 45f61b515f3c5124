#include "server/integrations/intercom/IdentityVerification.h"

#include "server/integrations/google_sheets/JwtSigner.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

#include <array>

namespace kp::server::intercom {
namespace {

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message)
{
    // The streaming API takes a key of any length (RFC 2104 hashes a long one first), as
    // Intercom's secrets and the RFC 4231 test vectors need; crypto_auth_hmacsha256() wants 32 bytes.
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char *>(key.constData()),
                                static_cast<size_t>(key.size()));
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(message.constData()),
                                  static_cast<unsigned long long>(message.size()));
    std::array<unsigned char, crypto_auth_hmacsha256_BYTES> mac {};
    crypto_auth_hmacsha256_final(&state, mac.data());
    sodium_memzero(&state, sizeof state);
    return {reinterpret_cast<const char *>(mac.data()), static_cast<qsizetype>(mac.size())};
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray hmacSha256Hex(const QByteArray &key, const QByteArray &message)
{
    return hmacSha256(key, message).toHex();
}

QByteArray userJwt(const QByteArray &secret, const QString &userId, const QString &email, const QDateTime &now,
                   int ttlSeconds)
{
    using google::JwtSigner;
    const auto issuedAt = now.toSecsSinceEpoch();
    const QJsonObject header {{QStringLiteral("alg"), QStringLiteral("HS256")},
                              {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject claims {{QStringLiteral("user_id"), userId},
                              {QStringLiteral("email"), email},
                              {QStringLiteral("iat"), issuedAt},
                              {QStringLiteral("exp"), issuedAt + ttlSeconds}};
    const auto signingInput
        = JwtSigner::base64Url(compactJson(header)) + '.' + JwtSigner::base64Url(compactJson(claims));
    return signingInput + '.' + JwtSigner::base64Url(hmacSha256(secret, signingInput));
}

} // namespace kp::server::intercom
