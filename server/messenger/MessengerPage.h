#pragma once

#include "server/integrations/intercom/IntercomSettings.h"

#include <QString>

#include <string>

namespace kp::server::messenger {

// GET /messenger: the page the client's web view loads, so the Messenger runs on a real origin
// (this server's). It holds no user data: the client passes GET /api/v1/messenger's answer to
// window.kpBootMessenger(settings), which loads settings.widget_url and boots Intercom;
// window.kpShutdownMessenger() ends the session (Intercom('shutdown')) before logout.
class MessengerPage {
public:
    explicit MessengerPage(const IntercomSettings &settings);

    const QString &html() const { return m_html; }
    // Scripts only from the page itself (by hash), the widget's origin and Intercom's hosts;
    // connections only to those and the Messenger API base.
    const std::string &contentSecurityPolicy() const { return m_policy; }

private:
    QString m_html;
    std::string m_policy;
};

} // namespace kp::server::messenger
