#include "server/health/HealthRoutes.h"

#include "server/db/Database.h"
#include "server/http/Router.h"

#include <QCoreApplication>

namespace kp::server {

void addHealthRoutes(Router &router, Database &database)
{
    router.add("GET", "/healthz", Access::Public, [&database](RequestContext &) {
        bool dbOk = false;
        try {
            dbOk = database.connection().query("SELECT 1").next();
        } catch (const DbError &) {
        }
        return Reply::json({{QStringLiteral("status"), dbOk ? QStringLiteral("ok") : QStringLiteral("degraded")},
                            {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                            {QStringLiteral("db"), dbOk ? QStringLiteral("ok") : QStringLiteral("error")}},
                           dbOk ? 200 : 503);
    }, Router::kNoBody);
}

} // namespace kp::server
