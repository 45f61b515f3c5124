#pragma once

namespace kp::server {

class Router;

namespace referrals {

class LandingPage;
class ReferralService;

// GET|HEAD /r/{code} (the landing page), GET /api/v1/referrals and the admins' routes.
void addReferralRoutes(Router &router, ReferralService &service, const LandingPage &page);

} // namespace referrals
} // namespace kp::server
