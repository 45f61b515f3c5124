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
};

} // namespace kp::client
