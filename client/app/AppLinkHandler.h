#pragma once

#include "client/app/AppLink.h"

#include <QObject>

#include <optional>

namespace kp::client {

class MainWindow;
class Session;

// What the app does with a `kundenportal://` link, from its own command line or handed over by a
// later start (SingleInstance): brings the window to the front and, once the session is known
// (a stored one restored or not), opens the registration prefilled with the partner's code, or
// says that the link is for new accounts when someone is signed in. A link it refuses is said on
// the registration page, where the code can be typed by hand (an error stays until read).
class AppLinkHandler : public QObject {
    Q_OBJECT

public:
    // Both must outlive the handler.
    AppLinkHandler(MainWindow &window, Session &session, QObject *parent = nullptr);

    // `message` is a link, or empty for "show yourself".
    void open(const QString &message);

private:
    void raiseWindow();
    void applyPending();

    MainWindow &m_window;
    Session &m_session;
    std::optional<ParsedAppLink> m_pending; // waiting for the session to be known
};

} // namespace kp::client
