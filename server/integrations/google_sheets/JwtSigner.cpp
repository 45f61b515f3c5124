#include "server/integrations/google_sheets/JwtSigner.h"

#include <QJsonDocument>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <stdexcept>

namespace kp::server::google {

JwtSigner::JwtSigner(void *key)
    : m_key(key, [](void *owned) { EVP_PKEY_free(static_cast<EVP_PKEY *>(owned)); })
{
}

std::optional<JwtSigner> JwtSigner::fromPem(const QByteArray &pem, QString *problem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())),
                                                  &BIO_free);
    // A null passphrase callback: Google's keys are not encrypted, and nothing may prompt on a tty.
    EVP_PKEY *key = bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr;
    if (!key) {
        ERR_clear_error(); // not left behind for the next TLS handshake on this thread to find
        *problem = QStringLiteral("the private key is not a readable PEM key");
        return std::nullopt;
    }
    JwtSigner signer(key);
    if (EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA) {
        *problem = QStringLiteral("the private key is not an RSA key");
        return std::nullopt;
    }
    return signer;
}

QByteArray JwtSigner::base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray JwtSigner::sign(const QJsonObject &claims, const QString &keyId) const
{
    QJsonObject header {{QStringLiteral("alg"), QStringLiteral("RS256")},
                        {QStringLiteral("typ"), QStringLiteral("JWT")}};
    if (!keyId.isEmpty())
        header.insert(QStringLiteral("kid"), keyId);
    const auto signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));

    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    size_t length = 0;
    const auto *input = reinterpret_cast<const unsigned char *>(signingInput.constData());
    const auto inputSize = static_cast<size_t>(signingInput.size());
    if (!context
        || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, static_cast<EVP_PKEY *>(m_key.get())) != 1
        || EVP_DigestSign(context.get(), nullptr, &length, input, inputSize) != 1)
        throw std::runtime_error("JwtSigner: OpenSSL cannot sign with this key");
    QByteArray signature(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, input, inputSize)
        != 1)
        throw std::runtime_error("JwtSigner: OpenSSL failed to sign");
    signature.truncate(static_cast<qsizetype>(length));
    return signingInput + '.' + base64Url(signature);
}

} // namespace kp::server::google
