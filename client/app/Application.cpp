#include "client/app/Application.h"

#include "client/app/AppContext.h"
#include "client/app/ClientSettings.h"
#include "client/app/Screenshots.h"
#include "client/widgets/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <iostream>

Q_LOGGING_CATEGORY(lcApp, "kp.app")

namespace kp::client {

struct Application::Parts : AppContext {
    using AppContext::AppContext;
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
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
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
    const QCommandLineOption languageOption(
        QStringLiteral("language"), QStringLiteral("de or en (default: the system's)."), QStringLiteral("LANG"));
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
        // For whoever starts the app from a script: the dialog warns too, but is not shown here.
        if (ClientSettings::isUnencryptedRemote(server))
            qCWarning(lcApp).noquote() << server.toString()
                                       << "is not encrypted (http://): the password and the session token would "
                                          "cross the network readable by others; use https://";
    }

    m_parts = std::make_unique<Parts>(server);
    if (parser.isSet(screenshotOption))
        return renderScreenshots(m_parts->window, m_parts->session, m_parts->api, parser.value(screenshotOption)) ? 0
                                                                                                                  : 1;
    m_parts->window.show();
    m_parts->session.restore();
    return QApplication::exec();
}

} // namespace kp::client
