#pragma once

namespace kp::server {

class Router;

namespace roadmap {

class RoadmapContentService;
class RoadmapService;

// The customer's roadmap and upsell answers (no onboarding gate: the roadmap shows a customer
// stuck in the checklist where they stand) and the admin's per-customer view and stage marks.
void addRoadmapRoutes(Router &router, RoadmapService &service);
// The admin's content routes for the kinds `stages` and `upsells`.
void addRoadmapContentRoutes(Router &router, RoadmapContentService &content);

} // namespace roadmap
} // namespace kp::server
