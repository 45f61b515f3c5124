#include "client/app/AppContext.h"

#include "client/app/ClientSettings.h"
#include "client/auth/LoginPage.h"
#include "client/settings/ServerSettingsDialog.h"

namespace kp::client {

AppContext::AppContext(const QUrl &server, const QString &keychainService)
    : tokens(keychainService)
{
    api.setBaseUrl(server);
    window.loginPage()->setServerLabel(server.toDisplayString());
    QObject::connect(&window, &MainWindow::serverSettingsRequested, &window, [this] { changeServer(); });
}

void AppContext::changeServer()
{
    auto *dialog = new ServerSettingsDialog(api.baseUrl(), &window);
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
