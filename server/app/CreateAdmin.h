#pragma once

#include <QString>

namespace kp::server {

class AuthService;

// `kundenportal-server --create-admin EMAIL`: asks for the password on a terminal (twice, not
// echoed) or reads the first line of stdin when it is a pipe. Returns the process exit code.
int createAdminFromTerminal(AuthService &auth, const QString &email, const QString &name);

} // namespace kp::server
