#pragma once

namespace kp::client {

class PageRegistry;

// Registers "Overview" (HomePage), the first page after login.
void registerHomePage(PageRegistry &registry);

} // namespace kp::client
