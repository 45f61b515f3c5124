#pragma once

namespace kp::client {

class PageRegistry;

// Registers the customer's performance dashboard ("Dashboard"): the first page of a customer's
// session once the checklist is complete (until then locked, like the videos). Admins have no
// figures of their own; they see each customer's ad accounts on the "Werbekonten" page.
void registerDashboardPage(PageRegistry &registry);

} // namespace kp::client
