#pragma once

namespace kp::server {

class Router;
class AuthService;
class ApprovalService;

// POST /api/v1/auth/register|login|logout, GET /api/v1/me
void addAuthRoutes(Router &router, AuthService &auth);
// GET /api/v1/admin/accounts, POST /api/v1/admin/accounts/{id}/approve|reject
void addAdminAccountRoutes(Router &router, ApprovalService &approvals);

} // namespace kp::server
