#pragma once

#include "server/app/Module.h"
#include "server/callbacks/ConfiguredChannels.h"
#include "server/health/HealthRoutes.h"

namespace kp::server {

// GET /healthz, with the callback channels that are on.
class HealthModule : public Module {
public:
    explicit HealthModule(const ModuleContext &context)
        : m_database(context.database)
        , m_channels(callbacks::configuredChannels(context.config))
    {
    }
    void addRoutes(Router &router) override { addHealthRoutes(router, m_database, m_channels); }

private:
    Database &m_database;
    QStringList m_channels;
};

} // namespace kp::server
