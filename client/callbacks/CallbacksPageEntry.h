#pragma once

namespace kp::client {

class PageRegistry;

// The escalation button "Rückruf anfordern" (every page of a customer's session) and the
// customer's "Rückrufanfragen".
void registerCallbackPages(PageRegistry &registry);
// The admin's inbox "Rückrufe" (in the administration section, so registered with its pages).
void registerCallbackInbox(PageRegistry &registry);

} // namespace kp::client
