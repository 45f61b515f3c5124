#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// Checks an RS256 JWT the way Google's token endpoint does before it looks at the claims: three
// base64url parts, a header naming RS256, a signature that verifies with the public key.
struct VerifiedJwt {
    QJsonObject header;
    QJsonObject claims;
};

// The claims without checking the signature (to find out whose key to check it with).
std::optional<QJsonObject> unverifiedClaims(const QByteArray &jwt);

// nullopt and *problem (Google's error_description) when the JWT is malformed or its signature
// does not verify with publicKeyPem.
std::optional<VerifiedJwt> verifyRs256(const QByteArray &jwt, const QByteArray &publicKeyPem, QString *problem);
