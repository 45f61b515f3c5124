#pragma once

namespace kp::client {

class PageRegistry;

// The customer's "Partnerprogramm" (locked until the onboarding checklist is complete).
void registerPartnerPage(PageRegistry &registry);
// The admin's "Partner" overview (in the administration section, so registered with its pages).
void registerPartnersPage(PageRegistry &registry);

} // namespace kp::client
