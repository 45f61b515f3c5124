#include "server/app/CreateAdmin.h"
#include "server/app/DemoData.h"
#include "server/app/LogFormat.h"
#include "server/app/ServerApp.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <iostream>
#include <sys/stat.h>

using namespace kp::server;

namespace {

void printRoutes(const Router &router)
{
    for (const auto &route : router.routes())
        std::cout << route.method << ' ' << route.pattern << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything creates a file: the database, its -wal and -shm hold password hashes and
    // personal data, and a shell's usual umask 022 would leave them readable by every local user.
    ::umask(077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kundenportal-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KP_VERSION));
    installServerLogFormat();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kundenportal sync server"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(QStringLiteral("config"), QStringLiteral("The server's INI file."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption createAdminOption(
        QStringLiteral("create-admin"),
        QStringLiteral("Create an approved admin; password from the terminal or stdin."), QStringLiteral("EMAIL"));
    const QCommandLineOption nameOption(QStringLiteral("name"), QStringLiteral("Display name for --create-admin."),
                                        QStringLiteral("NAME"), QStringLiteral("Administrator"));
    const QCommandLineOption seedDemoOption(QStringLiteral("seed-demo"),
                                            QStringLiteral("Fill an empty database with demo accounts, then serve "
                                                           "(refused when it holds other accounts)."));
    const QCommandLineOption printRoutesOption(QStringLiteral("print-routes"),
                                               QStringLiteral("List every route (METHOD PATH) and exit."));
    parser.addOptions({configOption, createAdminOption, nameOption, seedDemoOption, printRoutesOption});
    parser.process(app);

    if (!parser.isSet(configOption)) {
        std::cerr << "kundenportal-server: --config FILE is required (see installer/kundenportal-server.ini)\n";
        return 2;
    }
    try {
        ServerApp server(ServerConfig::load(parser.value(configOption)));
        if (parser.isSet(printRoutesOption)) {
            printRoutes(server.router());
            return 0;
        }
        if (parser.isSet(createAdminOption))
            return createAdminFromTerminal(server.auth(), parser.value(createAdminOption), parser.value(nameOption));
        if (parser.isSet(seedDemoOption)
            && seedDemoData(server.auth(), server.accounts()) == DemoSeed::RefusedRealData) {
            std::cerr << "kundenportal-server: --seed-demo refused: the database has accounts that are not demo "
                         "data (nothing was changed)\n";
            return 2;
        }
        return server.serve();
    } catch (const ConfigError &error) {
        std::cerr << error.what() << '\n';
        return 2;
    } catch (const std::exception &error) {
        std::cerr << "kundenportal-server: " << error.what() << '\n';
        return 1;
    }
}
