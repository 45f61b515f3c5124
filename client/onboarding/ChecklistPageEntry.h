#pragma once

namespace kp::client {

class PageRegistry;

// Registers the onboarding checklist ("Onboarding"): the customers' first page while their
// checklist is open; admins do not see it.
void registerChecklistPage(PageRegistry &registry);

} // namespace kp::client
