#pragma once

namespace kp::client {

class PageRegistry;

// Registers the tutorial videos ("Videos"): opens once the checklist is complete; the sidebar
// counts the required videos not yet understood. Admins see it too, as the customers do, to
// check what they published.
void registerVideosPage(PageRegistry &registry);

} // namespace kp::client
