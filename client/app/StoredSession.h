#pragma once

#include <QString>

namespace kp::client {

// What the TokenStore keeps per server: the session token and whose it is. The account id lets a
// start without network open that account's cache before the server could say who the token
// belongs to. Kept as one JSON text; a bare token (as stored by 0.1) reads with no account.
struct StoredSession {
    QString token;
    QString accountId;

    QString toText() const;
    static StoredSession fromText(const QString &text);
};

} // namespace kp::client
