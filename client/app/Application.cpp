#include "client/app/Application.h"

#include "client/api/ApiClient.h"
#include "client/app/ClientSettings.h"
#include "client/app/MainWindow.h"
#include "client/app/Screenshots.h"
#include "client/app/Session.h"
#include "client/app/TokenStore.h"
#include "client/auth/LoginPage.h"
#include "client/settings/ServerSettingsDialog.h"
#include "client/widgets/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <iostream>

namespace kp::client {

struct Application::Parts {
    ApiClient api;
    TokenStore tokens;
    Session session{api, tokens};
    std::unique_ptr<MainWindow> window;
};

Application::Application() = default;
Application::~Application() = default;

void installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QLocale::setDefault(locale);
    auto *app = new QTranslator(qApp);
    if (app->load(locale, QStringLiteral("kundenportal"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(app);
    auto *qt = new QTranslator(qApp);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

int Application::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kundenportal desktop app"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("Server address for this run."),
                                          QStringLiteral("URL"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Render every page with demo data to PNG files and exit."),
                                              QStringLiteral("DIR"));
    const QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("de or en (default: the system's)."),
                                            QStringLiteral("LANG"));
    parser.addOptions({serverOption, screenshotOption, languageOption});
    parser.process(arguments);

    installTranslations(parser.value(languageOption));
    theme::apply(*qApp);

    ClientSettings settings;
    auto server = settings.server();
    if (parser.isSet(serverOption)) {
        server = ClientSettings::parseServer(parser.value(serverOption));
        if (!server.isValid()) {
            std::cerr << "kundenportal: --server needs an address like http://127.0.0.1:8080\n";
            return 2;
        }
    }

    m_parts = std::make_unique<Parts>();
    auto &parts = *m_parts;
    parts.api.setBaseUrl(server);
    parts.window = std::make_unique<MainWindow>(parts.session, parts.api);
    parts.window->loginPage()->setServerLabel(server.toDisplayString());

    if (parser.isSet(screenshotOption))
        return renderScreenshots(*parts.window, parts.session, parser.value(screenshotOption)) ? 0 : 1;

    QObject::connect(parts.window.get(), &MainWindow::serverSettingsRequested, parts.window.get(), [&parts] {
        auto *dialog = new ServerSettingsDialog(parts.api.baseUrl(), parts.window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QDialog::accepted, parts.window.get(), [&parts, dialog] {
            ClientSettings().setServer(dialog->server());
            parts.api.setBaseUrl(dialog->server());
            parts.window->loginPage()->setServerLabel(dialog->server().toDisplayString());
            parts.session.restore();
        });
        dialog->open();
    });
    parts.window->show();
    parts.session.restore();
    return QApplication::exec();
}

} // namespace kp::client
