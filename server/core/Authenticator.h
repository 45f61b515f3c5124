#pragma once

#include "shared/Account.h"

#include <QString>

#include <optional>

namespace kp::server {

// The caller behind a bearer token, as the router hands it to a route and a gate.
struct AuthenticatedSession {
    Account account;
    QString tokenHash;
};

// Resolves a bearer token; implemented by the accounts feature, consulted by the router.
class Authenticator {
public:
    virtual ~Authenticator() = default;
    virtual std::optional<AuthenticatedSession> authenticate(const QString &bearerToken) = 0;
};

} // namespace kp::server
