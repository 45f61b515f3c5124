#pragma once

namespace kp::server {

class Router;
class AuthService;
class ApprovalService;
class AccountViews;

// POST /api/v1/auth/register|login|logout, GET /api/v1/me
void addAuthRoutes(Router &router, AuthService &auth, const AccountViews &views);
// GET /api/v1/admin/accounts, POST /api/v1/admin/accounts/{id}/approve|reject
void addAdminAccountRoutes(Router &router, ApprovalService &approvals, const AccountViews &views);

} // namespace kp::server
