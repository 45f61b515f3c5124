#pragma once

#include <QUrl>
#include <QWebEnginePage>

namespace kp::client {

// The messenger page's web page: it stays on the server's /messenger page, and a link the user
// opens from a conversation (a clicked link to elsewhere, or one meant for a new window) goes
// to the system browser instead of replacing the chat or going nowhere. Intercom's own frames
// load as they like.
class MessengerWebPage : public QWebEnginePage {
    Q_OBJECT

public:
    MessengerWebPage(QWebEngineProfile *profile, QObject *parent);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
};

} // namespace kp::client
