#pragma once

#include "server/app/Module.h"
#include "server/profile/AvatarFiles.h"
#include "server/profile/ProfileService.h"

namespace kp::server {

class AccountsModule;

// The customer's profile: PATCH /me, POST /me/password, the profile picture.
class ProfileModule : public Module {
public:
    ProfileModule(const ModuleContext &context, AccountsModule &accounts);
    void addRoutes(Router &router) override;

private:
    AccountsModule &m_accounts;
    AvatarFiles m_files;
    ProfileService m_profiles;
};

} // namespace kp::server
