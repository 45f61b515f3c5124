#pragma once

namespace kp::server {

class Router;

namespace callbacks {

class CallbackService;

// The customer's callback routes (no onboarding gate: a customer stuck in the checklist is the
// one who most needs a call) and the admin's inbox.
void addCallbackRoutes(Router &router, CallbackService &service);

} // namespace callbacks
} // namespace kp::server
