#include "server/health/HealthRoutes.h"

#include "server/db/Database.h"
#include "server/http/Router.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace kp::server {

namespace {

Reply health(Database &database, const QStringList &channels)
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
                        {QStringLiteral("db"), dbOk ? ok : QStringLiteral("error")},
                        {QStringLiteral("channels"), QJsonArray::fromStringList(channels)}},
                       dbOk ? 200 : 503);
}

} // namespace

void addHealthRoutes(Router &router, Database &database, QStringList channels)
{
    router.add({"GET", "/healthz", Access::Public, BodySpec::none()},
               [&database, channels = std::move(channels)](RequestContext &) { return health(database, channels); });
}

} // namespace kp::server
