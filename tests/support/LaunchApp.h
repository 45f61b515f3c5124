#pragma once

#include "client/app/AppContext.h"

#include "GuiDriver.h"
#include "TestServer.h"

#include <QTest>

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

// A fresh app (see launchApp) logged in through the login page; null when it did not get there.
inline std::unique_ptr<kp::client::AppContext> launchAndLogIn(const TestServer &server, const QString &login,
                                                              const QString &password, const QString &computer)
{
    using State = kp::client::Session::State;
    auto app = launchApp(server, computer);
    if (!QTest::qWaitFor([&] { return app->session.state() == State::LoggedOut; }, 10000))
        return nullptr;
    GuiDriver gui(app->window);
    gui.type(QStringLiteral("loginName"), login);
    gui.type(QStringLiteral("loginPassword"), password);
    gui.click(QStringLiteral("loginButton"));
    if (!QTest::qWaitFor([&] { return app->session.state() == State::Active; }, 10000))
        return nullptr;
    return app;
}
