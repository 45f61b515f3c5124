#pragma once

namespace kp::server {

class AccountStore;
class AuthService;
class ChecklistService;

enum class DemoSeed {
    Seeded,         // the database was empty and now holds the demo accounts
    SeededBefore,   // the demo admin exists already (a restart of scripts/run.sh): nothing to do
    RefusedRealData // other accounts exist: a real database gets no admin with a published password
};

// Fills an empty database with a demo admin, a few registrations and a German onboarding
// checklist (half answered by the demo customer) for `--seed-demo` (the README's run command).
// Changes nothing unless the database has no accounts at all.
DemoSeed seedDemoData(AuthService &auth, AccountStore &accounts, ChecklistService &checklists);

} // namespace kp::server
