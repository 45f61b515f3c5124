#include "client/app/Application.h"

#include "client/app/AppContext.h"
#include "client/app/AppLinkHandler.h"
#include "client/app/ClientSettings.h"
#include "client/app/Screenshots.h"
#include "client/app/SingleInstance.h"
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

struct Application::Parts {
    explicit Parts(const QUrl &server)
        : context(server)
        , links(context.window, context.session)
    {
    }
    AppContext context;
    AppLinkHandler links;
    std::unique_ptr<SingleInstance> instance;
};

Application::Application() = default;
Application::~Application() = default;

void setApplicationIdentity()
{
    QApplication::setOrganizationName(QStringLiteral("Kundenportal"));
    QApplication::setApplicationName(QStringLiteral("kundenportal"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kundenportal"));
    QApplication::setApplicationVersion(QStringLiteral(KP_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("kundenportal"));
}

AppContext &Application::context()
{
    return m_parts->context;
}

SingleInstance &Application::instance()
{
    return *m_parts->instance;
}

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
    if (const auto ended = start(arguments))
        return *ended;
    return QApplication::exec();
}

std::optional<int> Application::start(const QStringList &arguments)
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
    parser.addPositionalArgument(QStringLiteral("link"),
                                 QStringLiteral("A kundenportal:// link to open (a partner's registration link)."),
                                 QStringLiteral("[link]"));
    parser.process(arguments);
    const auto positional = parser.positionalArguments();
    if (positional.size() > 1) {
        std::cerr << "kundenportal: at most one link\n";
        return 2;
    }
    const auto link = positional.value(0);
    const bool screenshots = parser.isSet(screenshotOption);

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

    // Before any window, look or language: a later start only passes its link on. Screenshot
    // runs are batch jobs with demo data and stay out of it.
    std::unique_ptr<SingleInstance> instance;
    if (!screenshots) {
        instance = std::make_unique<SingleInstance>(server);
        switch (instance->handOver(link)) {
        case SingleInstance::Outcome::HandedOver:
            return 0;
        case SingleInstance::Outcome::Unanswered:
            std::cerr << "kundenportal: the app is already running but does not answer\n";
            return 1;
        case SingleInstance::Outcome::First:
            instance->listen();
            break;
        }
    }

    installTranslations(parser.value(languageOption));
    theme::apply(*qApp);
    m_parts = std::make_unique<Parts>(server);
    auto &app = m_parts->context;
    if (screenshots)
        return renderScreenshots(app.window, app.session, app.api, parser.value(screenshotOption)) ? 0 : 1;
    m_parts->instance = std::move(instance);
    QObject::connect(m_parts->instance.get(), &SingleInstance::messageReceived, &m_parts->links, &AppLinkHandler::open);
    app.window.show();
    app.session.restore();
    // Handled once the session is known (AppLinkHandler waits for it).
    if (!link.isEmpty())
        m_parts->links.open(link);
    return std::nullopt;
}

} // namespace kp::client
