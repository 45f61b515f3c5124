#include "server/app/CreateAdmin.h"

#include "server/accounts/AuthService.h"
#include "server/core/DomainError.h"

#include <termios.h>
#include <unistd.h>

#include <iostream>
#include <string>

namespace kp::server {
namespace {

QString readLine(const char *prompt, bool echo)
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved {};
    if (terminal) {
        std::cerr << prompt << std::flush;
        tcgetattr(STDIN_FILENO, &saved);
        if (!echo) {
            auto silent = saved;
            silent.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &silent);
        }
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        if (!echo)
            std::cerr << '\n';
    }
    return QString::fromStdString(line);
}

} // namespace

int createAdminFromTerminal(AuthService &auth, const QString &email, const QString &name)
{
    const auto password = readLine("Password for the new admin: ", false);
    if (isatty(STDIN_FILENO) && readLine("Repeat the password: ", false) != password) {
        std::cerr << "The passwords differ; no account was created.\n";
        return 1;
    }
    Registration registration;
    registration.email = email;
    registration.password = password;
    registration.name = name;
    registration.company = QStringLiteral("Agentur");
    try {
        const auto account = auth.createApprovedAccount(registration, AccountRole::Admin);
        std::cerr << "Created admin " << account.email.toStdString() << " (" << account.id.toStdString() << ").\n";
        return 0;
    } catch (const DomainError &error) {
        std::cerr << "No account was created: " << error.message().toStdString();
        for (auto it = error.fields().cbegin(); it != error.fields().cend(); ++it)
            std::cerr << ' ' << it.key().toStdString() << ": " << it.value().toStdString() << ';';
        std::cerr << '\n';
        return 1;
    }
}

} // namespace kp::server
