#pragma once

#include "server/app/Module.h"
#include "server/health/HealthRoutes.h"

namespace kp::server {

// GET /healthz.
class HealthModule : public Module {
public:
    explicit HealthModule(const ModuleContext &context)
        : m_database(context.database)
    {
    }
    void addRoutes(Router &router) override { addHealthRoutes(router, m_database); }

private:
    Database &m_database;
};

} // namespace kp::server
