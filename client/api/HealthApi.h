#pragma once

#include "client/api/Reply.h"

namespace kp::client {

// What `GET /healthz` says about a server.
struct Health {
    QString status;
    QString version;

    static std::optional<Health> fromJson(const QJsonObject &json);
};

// Whether a Kundenportal server answers at an address (the server settings dialog's check).
// Goes through the app's transport, so it meets the same redirect and TLS rules as every call.
class HealthApi {
public:
    explicit HealthApi(ApiClient &api)
        : m_api(api)
    {
    }

    // Asks `server`, which need not be the client's current address; no token goes along.
    Reply<Health> check(const QUrl &server);

private:
    ApiClient &m_api;
};

} // namespace kp::client
