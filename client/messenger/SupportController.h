#pragma once

#include "client/api/RequestScope.h"
#include "client/messenger/MessengerApi.h"
#include "client/messenger/MessengerView.h"
#include "client/messenger/SupportPage.h"

#include <QObject>
#include <QPointer>

namespace kp::client {

class Session;

// Runs the support tab: asks the server for the Messenger's signed settings when the tab opens,
// loads the messenger page in the user's own web profile and boots it, and shows why when that
// cannot happen (server unreachable, chat not set up). When the session ends it shuts the
// Messenger down and discards the web view, its profile and its storage folder. A child of the
// page.
class SupportController : public QObject {
    Q_OBJECT

public:
    SupportController(SupportPage &page, Session &session, ApiClient &api);
    ~SupportController() override;

    // The tab was opened (or "Try again"): loads the Messenger unless it runs for this user.
    void open();
    // For --screenshot: shows Offline or NotConfigured without the server or the web.
    void showDemo(SupportPage::State state);
    MessengerView *messenger() const { return m_messenger; }

private:
    void start(const MessengerSettings &settings);
    void endMessenger();

    SupportPage &m_page;
    Session &m_session;
    ApiClient &m_api;
    MessengerApi m_messengerApi;
    RequestScope m_scope;
    QPointer<MessengerView> m_messenger;
};

} // namespace kp::client
