#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace kp::server::google {

// The JSON key file Google Cloud hands out for a service account ("type": "service_account").
// Only what the JWT flow needs is kept; the private key stays in memory, never in a log.
struct ServiceAccountKey {
    QString clientEmail;   // the address the sheet is shared with, and the JWT's "iss"
    QByteArray privateKey; // PEM, "-----BEGIN PRIVATE KEY-----…"
    QString privateKeyId;  // "private_key_id", sent as the JWT's "kid"; may be empty
    QString tokenUri;      // "token_uri"; informational, [google] oauth_url decides where to ask

    // Reads and checks the file; on failure returns nullopt and says why in *problem (one line,
    // without any of the file's content).
    static std::optional<ServiceAccountKey> load(const QString &path, QString *problem);
};

} // namespace kp::server::google
