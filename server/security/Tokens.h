#pragma once

#include <QString>

namespace kp::server::tokens {

// 256 random bits, base64url without padding: what a client holds as its bearer token.
QString newSessionToken();
// `bytes` random bytes, base64url without padding: ids that must not be guessed (16 bytes: 22
// characters, 128 bits).
QString randomUrlSafe(int bytes);
// What the database holds instead of the token: its SHA-256, hex.
QString hashToken(const QString &token);
// `length` characters from an alphabet without look-alikes (no 0/O, 1/I/L), for ids and codes
// people may read aloud.
QString randomCode(int length);

} // namespace kp::server::tokens
