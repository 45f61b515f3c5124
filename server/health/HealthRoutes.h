#pragma once

#include <QStringList>

namespace kp::server {

class Router;
class Database;

// GET /healthz: liveness plus a real query, for monitors and load balancers. `channels`: the
// callback channels the config switches on, so a monitor sees when none reaches the agency.
void addHealthRoutes(Router &router, Database &database, QStringList channels = {});

} // namespace kp::server
