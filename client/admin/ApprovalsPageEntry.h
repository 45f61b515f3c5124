#pragma once

namespace kp::client {

class PageRegistry;

// Registers Administration → "Registrations" (ApprovalsPage).
void registerApprovalsPage(PageRegistry &registry);

} // namespace kp::client
