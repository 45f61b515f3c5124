#pragma once

namespace kp::client {

class PageRegistry;

// The customer's "Ihr Weg" (open while the onboarding runs; right after the dashboard).
void registerRoadmapPage(PageRegistry &registry);
// The admin's stage and offer editors (in the administration section).
void registerRoadmapEditors(PageRegistry &registry);

} // namespace kp::client
