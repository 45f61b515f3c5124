#pragma once

#include "client/api/ApiClient.h"
#include "client/app/MainWindow.h"
#include "client/app/Session.h"
#include "client/app/TokenStore.h"

#include <QUrl>

namespace kp::client {

// The app's object graph for one server: ApiClient → Session (with its TokenStore) → MainWindow.
// Application builds one; GUI tests build as many as they need (a "restart" is a new one).
struct AppContext {
    // `keychainService` names the entry group in the secret store; two contexts with different
    // names behave like the app on two computers (GUI tests run a customer and an admin at once).
    explicit AppContext(const QUrl &server, const QString &keychainService = QStringLiteral("Kundenportal"));
    // Opens the server settings dialog; a saved address switches this context to it.
    void changeServer();

    ApiClient api;
    TokenStore tokens;
    Session session {api, tokens};
    MainWindow window {session, api};
};

} // namespace kp::client
