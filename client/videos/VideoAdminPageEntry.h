#pragma once

namespace kp::client {

class PageRegistry;

// Registers the admin's "Videos verwalten" page: series and videos, uploads, publishing, order.
void registerVideoAdminPage(PageRegistry &registry);

} // namespace kp::client
