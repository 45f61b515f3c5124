#pragma once

namespace kp::server {

class AuthService;
class AccountViews;
class ProfileService;
class Router;

// PATCH /api/v1/me, POST /api/v1/me/password, PUT /api/v1/me/avatar,
// GET /api/v1/accounts/{id}/avatar
void addProfileRoutes(Router &router, ProfileService &profiles, AuthService &auth, const AccountViews &views);

} // namespace kp::server
