#include "server/health/HealthRoutes.h"

#include "server/db/Database.h"
#include "server/http/Router.h"

#include <QCoreApplication>

namespace kp::server {

namespace {

Reply health(Database &database)
{
    bool dbOk = false;
    try {
        dbOk = database.connection().query("SELECT 1").next();
    } catch (const DbError &) {
        // Reported below as "db": "error"; the details are in the database's own log line.
    }
    const auto ok = QStringLiteral("ok");
    return Reply::json({{QStringLiteral("status"), dbOk ? ok : QStringLiteral("degraded")},
                        {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                        {QStringLiteral("db"), dbOk ? ok : QStringLiteral("error")}},
                       dbOk ? 200 : 503);
}

} // namespace

void addHealthRoutes(Router &router, Database &database)
{
    router.add({"GET", "/healthz", Access::Public, BodySpec::none()},
               [&database](RequestContext &) { return health(database); });
}

} // namespace kp::server
