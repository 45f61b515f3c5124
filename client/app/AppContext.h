#pragma once

#include "client/api/ApiClient.h"
#include "client/app/MainWindow.h"
#include "client/app/PageRegistry.h"
#include "client/app/Session.h"
#include "client/app/TokenStore.h"

#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace kp::client {

// The app's object graph for one server: ApiClient → Session (with its TokenStore) → MainWindow
// with the registered pages. Application builds one; GUI tests build as many as they need (a
// "restart" is a new one).
struct AppContext {
    // `keychainService` names the entry group in the secret store; two contexts with different
    // names behave like the app on two computers (GUI tests run a customer and an admin at once).
    explicit AppContext(const QUrl &server, const QString &keychainService = QStringLiteral("Kundenportal"));
    // For tests: another token store (e.g. in memory), another network (e.g. FakeNetwork, not
    // taken over) and other pages than the app's.
    AppContext(const QUrl &server, std::unique_ptr<TokenStore> store, QNetworkAccessManager *network,
               PageRegistry pageRegistry = appPages());
    // Opens the server settings dialog; a saved address switches this context to it.
    void changeServer();

    std::unique_ptr<TokenStore> tokenStore;
    TokenStore &tokens;
    ApiClient api;
    Session session;
    PageRegistry pages;
    MainWindow window;
};

} // namespace kp::client
