#pragma once

namespace kp::client {

class PageRegistry;

// The "Support" tab: the Intercom Messenger, or the callback offer when it cannot be shown.
void registerSupportPage(PageRegistry &registry);

} // namespace kp::client
