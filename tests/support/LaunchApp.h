#pragma once

#include "client/app/AppContext.h"

#include "TestServer.h"

#include <memory>

// Starts the app against a test server the way a person does: window shown, stored session
// restored. Calling it again for the same server is what a restart of the app is.
// `computer` separates the secret-store entries, as if the app ran on another machine.
inline std::unique_ptr<kp::client::AppContext> launchApp(const TestServer &server,
                                                         const QString &computer = QStringLiteral("Kundenportal"))
{
    auto app = std::make_unique<kp::client::AppContext>(QUrl(server.baseUrl()), computer);
    app->window.show();
    app->session.restore();
    return app;
}
