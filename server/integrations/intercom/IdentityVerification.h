#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace kp::server::intercom {

// Intercom's Messenger identity verification: proof, made on the server with the workspace's
// identity secret, that the user the Messenger boots as is the one logged in here.

// Lowercase hex HMAC-SHA256 of `message` under `key` (the Messenger's user_hash of a user id).
QByteArray hmacSha256Hex(const QByteArray &key, const QByteArray &message);

// The Messenger's intercom_user_jwt: HS256 over {user_id, email, iat, exp = iat + ttl}, each part
// base64url without padding (RFC 7515 / 7519).
QByteArray userJwt(const QByteArray &secret, const QString &userId, const QString &email, const QDateTime &now,
                   int ttlSeconds);

} // namespace kp::server::intercom
