#pragma once

#include "server/accounts/ReferralAttribution.h"

namespace kp::server {

class AccountStore;
struct ReferralSettings;

namespace referrals {

class AddressHasher;
class AttributionStore;
class ClickStore;

// Decides who brought a new account (the contract of issue 17), inside its registration's
// write transaction: the earliest click within [referrals] window_days that is either the
// given click (when it belongs to the given code) or one from the registering address wins,
// via "link"; without one the code's owner, via "code". A partner with the registrant's email
// (case and +tag ignored) or phone is a self-referral: 409, and the registration is undone.
class Attributor : public ReferralAttribution {
public:
    Attributor(ClickStore &clicks, AttributionStore &attributions, AccountStore &accounts, const AddressHasher &hasher,
               const ReferralSettings &settings);

    void attribute(const Account &account, const ReferralClaim &claim) override;

    // Whether two accounts' contact data name the same person (the self-referral rule).
    static bool samePerson(const Account &a, const Account &b);

private:
    ClickStore &m_clicks;
    AttributionStore &m_attributions;
    AccountStore &m_accounts;
    const AddressHasher &m_hasher;
    const ReferralSettings &m_settings;
};

} // namespace referrals
} // namespace kp::server
