#pragma once

#include "server/app/Module.h"
#include "server/referrals/AddressHasher.h"
#include "server/referrals/AttributionStore.h"
#include "server/referrals/Attributor.h"
#include "server/referrals/ClickStore.h"
#include "server/referrals/LandingPage.h"
#include "server/referrals/ReferralService.h"

namespace kp::server {

class AccountsModule;

namespace referrals {

// The partner program (issue 17): clicks on partner links and their landing page, who brought
// whom (decided at registration, through the accounts module's ReferralAttribution), the
// customer's summary and the admins' overview and corrections. It also tells every account view
// who brought the account (`referred_by` of /me).
class ReferralsModule : public Module {
public:
    ReferralsModule(const ModuleContext &context, AccountsModule &accounts);

    void addRoutes(Router &router) override;

    ReferralService &service() { return m_service; }

private:
    AddressHasher m_hasher;
    ClickStore m_clicks;
    AttributionStore m_attributions;
    Attributor m_attributor;
    ReferralService m_service;
    LandingPage m_page;
};

} // namespace referrals
} // namespace kp::server
