#include "server/profile/ProfileModule.h"

#include "server/accounts/AccountsModule.h"
#include "server/config/ServerConfig.h"
#include "server/profile/ProfileRoutes.h"

namespace kp::server {

ProfileModule::ProfileModule(const ModuleContext &context, AccountsModule &accounts)
    : m_accounts(accounts)
    , m_files(context.config.dataDir)
    , m_profiles(accounts.accounts(), m_files)
{
}

void ProfileModule::addRoutes(Router &router)
{
    addProfileRoutes(router, m_profiles, m_accounts.auth(), m_accounts.views());
}

} // namespace kp::server
