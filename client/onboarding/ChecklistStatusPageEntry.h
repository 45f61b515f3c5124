#pragma once

namespace kp::client {

class PageRegistry;

// Registers the admin's checklist page ("Checkliste"): sync status, sync now, CSV import.
void registerChecklistStatusPage(PageRegistry &registry);

} // namespace kp::client
