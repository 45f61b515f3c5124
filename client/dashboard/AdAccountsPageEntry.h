#pragma once

namespace kp::client {

class PageRegistry;

// Registers Administration → "Werbekonten": each customer's connected ad accounts.
void registerAdAccountsPage(PageRegistry &registry);

} // namespace kp::client
