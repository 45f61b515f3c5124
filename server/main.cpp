#include "server/app/CreateAdmin.h"
#include "server/app/DemoData.h"
#include "server/app/LogFormat.h"
#include "server/app/RotateKey.h"
#include "server/app/ServerApp.h"
#include "server/referrals/ReferralsModule.h"
#include "server/roadmap/RoadmapModule.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <iostream>
#include <sys/stat.h>

using namespace kp::server;

namespace {

// One line per route, fields separated by one space; the format is documented in --help.
void printRoutes(const Router &router)
{
    for (const auto &route : router.routes())
        std::cout << describeRoute(route.spec) << '\n';
}

// The routes of a server with the default configuration, built in a throw-away data folder.
int printDefaultRoutes()
{
    const QTemporaryDir scratch;
    if (!scratch.isValid()) {
        std::cerr << "kundenportal-server: no temporary folder for --print-routes\n";
        return 1;
    }
    ServerConfig config;
    config.dataDir = scratch.path();
    try {
        ServerApp server(config);
        printRoutes(server.router());
        return 0;
    } catch (const std::exception &error) {
        std::cerr << "kundenportal-server: " << error.what() << '\n';
        return 1;
    }
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
    const QCommandLineOption rotateKeyOption(
        QStringLiteral("rotate-key"),
        QStringLiteral("Seal every stored secret (ad-account tokens) again with a new key, then drop the old "
                       "keys from [security] key_file; prints how many. Stop the server first. Crash-safe: "
                       "run it again if it was interrupted."));
    const QCommandLineOption printRoutesOption(
        QStringLiteral("print-routes"),
        QStringLiteral("List every route and exit (no --config needed). One line each, fields "
                       "separated by a space: METHOD PATTERN ACCESS GATES BODY. ACCESS: "
                       "public|session|approved|admin. GATES: comma-separated gate "
                       "names, or - for none. BODY: none | json<=BYTES | raw<=BYTES "
                       "TYPES | stream<=BYTES TYPES, TYPES comma-separated media "
                       "types."));
    parser.addOptions(
        {configOption, createAdminOption, nameOption, seedDemoOption, rotateKeyOption, printRoutesOption});
    parser.process(app);

    if (parser.isSet(printRoutesOption) && !parser.isSet(configOption))
        return printDefaultRoutes();
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
        if (parser.isSet(rotateKeyOption))
            return rotateKeyCommand(server);
        if (parser.isSet(seedDemoOption)
            && seedDemoData(server.auth(), server.accounts(), server.checklists(), server.metrics(),
                            server.referrals().service(), server.roadmap().service())
                == DemoSeed::RefusedRealData) {
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
