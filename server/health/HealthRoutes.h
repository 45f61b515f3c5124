#pragma once

namespace kp::server {

class Router;
class Database;

// GET /healthz: liveness plus a real query, for monitors and load balancers.
void addHealthRoutes(Router &router, Database &database);

} // namespace kp::server
