#include "client/app/AppContext.h"

#include "client/app/ClientSettings.h"
#include "client/app/KeychainTokenStore.h"
#include "client/auth/LoginPage.h"
#include "client/settings/ServerSettingsDialog.h"

namespace kp::client {

AppContext::AppContext(const QUrl &server, const QString &keychainService)
    : AppContext(server, std::make_unique<KeychainTokenStore>(keychainService), nullptr)
{
}

AppContext::AppContext(const QUrl &server, std::unique_ptr<TokenStore> store, QNetworkAccessManager *network,
                       PageRegistry pageRegistry)
    : tokenStore(std::move(store))
    , tokens(*this->tokenStore)
    , api(nullptr, network)
    , session(api, tokens)
    , pages(std::move(pageRegistry))
    , window(session, api, pages)
{
    api.setBaseUrl(server);
    window.loginPage()->setServerLabel(server.toDisplayString());
    QObject::connect(&window, &MainWindow::serverSettingsRequested, &window, [this] { changeServer(); });
}

void AppContext::changeServer()
{
    auto *dialog = new ServerSettingsDialog(api.baseUrl(), api, &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, &window, [this, dialog] {
        ClientSettings().setServer(dialog->server());
        api.setBaseUrl(dialog->server());
        window.loginPage()->setServerLabel(dialog->server().toDisplayString());
        session.restore();
    });
    dialog->open();
}

} // namespace kp::client
