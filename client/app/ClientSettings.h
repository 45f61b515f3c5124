#pragma once

#include <QUrl>

namespace kp::client {

// The app's few persistent preferences (never a secret: the token lives in TokenStore).
class ClientSettings {
public:
    static QUrl defaultServer();
    QUrl server() const;
    void setServer(const QUrl &server);

    // Accepts "portal.agency.de", "http://127.0.0.1:8080", …; an invalid URL when it is none.
    static QUrl parseServer(const QString &text);
    // True for http:// to a host other than this machine (127.0.0.0/8, ::1, localhost): the
    // password and the session token would cross the network unencrypted.
    static bool isUnencryptedRemote(const QUrl &server);
};

} // namespace kp::client
