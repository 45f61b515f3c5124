#pragma once

namespace kp::client {

class PageRegistry;

// Registers the Profile page ("Profil"): sidebar entry, page and controller, screenshots.
void registerProfilePage(PageRegistry &registry);

} // namespace kp::client
