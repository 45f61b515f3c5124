#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace kp::server::google {

// Signs JSON Web Tokens with RS256 (RSASSA-PKCS1-v1_5 over SHA-256, RFC 7518) using OpenSSL, the
// one algorithm Google's service-account flow takes. Immutable after creation, so one signer may
// be used from several threads.
class JwtSigner {
public:
    // The PEM private key of a service account (PKCS#8 or PKCS#1 RSA); nullopt and *problem when
    // it cannot be read or is not RSA.
    static std::optional<JwtSigner> fromPem(const QByteArray &pem, QString *problem);

    // header.claims.signature, each part base64url without padding (RFC 7515). kid is left out
    // when empty.
    QByteArray sign(const QJsonObject &claims, const QString &keyId = {}) const;

    static QByteArray base64Url(const QByteArray &bytes);

private:
    explicit JwtSigner(void *key);
    std::shared_ptr<void> m_key; // EVP_PKEY, kept out of the header so OpenSSL's stays private
};

} // namespace kp::server::google
