#pragma once

namespace kp::server {

class AccountStore;
class AuthService;
class ChecklistService;
namespace metrics {
class MetricsModule;
}
namespace referrals {
class ReferralService;
}
namespace roadmap {
class RoadmapService;
}

enum class DemoSeed {
    Seeded,         // the database was empty and now holds the demo accounts
    SeededBefore,   // the demo admin exists already (a restart of scripts/run.sh): nothing to do
    RefusedRealData // other accounts exist: a real database gets no admin with a published password
};

// Fills an empty database with a demo admin, a few registrations, a German onboarding checklist
// (half answered by the demo customer) and a second customer past onboarding with ad metrics
// and partner-link clicks that brought the registrations, and a roadmap in the middle (its landing page
// marked done by the admin), for `--seed-demo` (the README's run command). Changes nothing unless
// the database has no accounts at all.
DemoSeed seedDemoData(AuthService &auth, AccountStore &accounts, ChecklistService &checklists,
                      metrics::MetricsModule &metrics, referrals::ReferralService &referrals,
                      roadmap::RoadmapService &roadmap);

} // namespace kp::server
