#pragma once

namespace kp::client {

class PageRegistry;

// Registers the admin's "Onboarding progress" page: every approved customer's checklist
// progress, and each one's answers (files to download, the agency's items to tick).
void registerOnboardingProgressPage(PageRegistry &registry);

} // namespace kp::client
