#pragma once

#include <QByteArray>

namespace kp::server::webhook {

// X-Kundenportal-Signature: "sha256=" + hex HMAC-SHA256 with [webhook] secret of
// "<X-Kundenportal-Timestamp>.<body>". The timestamp is signed too, so a receiver that refuses
// old timestamps (say, older than 5 minutes) cannot be fed a recorded request again later.
QByteArray webhookSignature(const QByteArray &secret, const QByteArray &timestamp, const QByteArray &body);

} // namespace kp::server::webhook
