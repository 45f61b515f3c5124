#include "JwtVerifier.h"

#include <QJsonDocument>
#include <QList>

#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace {

std::optional<QJsonObject> decodePart(const QByteArray &part)
{
    const auto decoded
        = QByteArray::fromBase64Encoding(part, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const auto document = QJsonDocument::fromJson(*decoded);
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

bool signatureVerifies(const QByteArray &signingInput, const QByteArray &signature, const QByteArray &publicKeyPem)
{
    const std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(publicKeyPem.constData(), static_cast<int>(publicKeyPem.size())), &BIO_free);
    const std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr, &EVP_PKEY_free);
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    return key && context && EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) == 1
        && EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                            static_cast<size_t>(signature.size()),
                            reinterpret_cast<const unsigned char *>(signingInput.constData()),
                            static_cast<size_t>(signingInput.size()))
        == 1;
}

} // namespace

std::optional<QJsonObject> unverifiedClaims(const QByteArray &jwt)
{
    const auto parts = jwt.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    return decodePart(parts[1]);
}

std::optional<VerifiedJwt> verifyRs256(const QByteArray &jwt, const QByteArray &publicKeyPem, QString *problem)
{
    const auto parts = jwt.split('.');
    const auto header = parts.size() == 3 ? decodePart(parts[0]) : std::nullopt;
    const auto claims = parts.size() == 3 ? decodePart(parts[1]) : std::nullopt;
    const auto signature = parts.size() == 3 ? QByteArray::fromBase64Encoding(
                               parts[2], QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors)
                                             : QByteArray::FromBase64Result {};
    // Base64url here has no padding (RFC 7515); a '=' means a sloppy encoder.
    if (!header || !claims || !signature || jwt.contains('=')) {
        *problem = QStringLiteral("Invalid JWT: malformed");
        return std::nullopt;
    }
    if (header->value(QLatin1String("alg")).toString() != QLatin1String("RS256")
        || header->value(QLatin1String("typ")).toString() != QLatin1String("JWT")) {
        *problem = QStringLiteral("Invalid JWT: unsupported header");
        return std::nullopt;
    }
    if (!signatureVerifies(parts[0] + '.' + parts[1], *signature, publicKeyPem)) {
        *problem = QStringLiteral("Invalid JWT Signature.");
        return std::nullopt;
    }
    return VerifiedJwt {*header, *claims};
}
