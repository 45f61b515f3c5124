#pragma once

namespace kp::server {

class AuthService;

// Fills an empty database with a demo admin and a few registrations for `--seed-demo`
// (the README's run command). Does nothing when an admin exists already.
void seedDemoData(AuthService &auth);

} // namespace kp::server
