#include "server/referrals/ReferralsModule.h"

#include "server/accounts/AccountsModule.h"
#include "server/config/ServerConfig.h"
#include "server/referrals/ReferralRoutes.h"

namespace kp::server::referrals {

ReferralsModule::ReferralsModule(const ModuleContext &context, AccountsModule &accounts)
    : m_hasher(AddressHasher::fromDataDir(context.config.dataDir))
    , m_clicks(context.database, context.clock)
    , m_attributions(context.database, context.clock)
    , m_attributor(m_clicks, m_attributions, accounts.accounts(), m_hasher, context.config.referrals)
    , m_service(context.database, m_clicks, m_attributions, accounts.accounts(), m_hasher, context.config.publicUrl)
    , m_page(context.config.referrals)
{
    accounts.auth().setReferralAttribution(&m_attributor);
    accounts.views().addContributor([this](Account &account) {
        if (const auto partner = m_attributions.partnerCodeAndName(account.id)) {
            account.referredByCode = partner->first;
            account.referredByName = partner->second;
        }
    });
}

void ReferralsModule::addRoutes(Router &router)
{
    addReferralRoutes(router, m_service, m_page);
}

} // namespace kp::server::referrals
