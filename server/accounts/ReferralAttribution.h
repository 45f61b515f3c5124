#pragma once

#include "shared/Account.h"

#include <QString>

namespace kp::server {

// What a registration tells the partner program about its new account.
struct ReferralClaim {
    QString partnerId;     // the owner of the code the registration gave (it exists)
    QString clickId;       // the body's referral_click, or empty
    QString clientAddress; // the registering client's address (hashed there, never stored)
};

// The accounts module's whole knowledge of the partner program (the referrals module implements
// it): a registration that names a code hands its claim over inside the write transaction that
// inserts the account, after the insert. A DomainError thrown here (a self-referral) undoes the
// registration: nothing of it is written.
class ReferralAttribution {
public:
    virtual ~ReferralAttribution() = default;
    virtual void attribute(const Account &account, const ReferralClaim &claim) = 0;
};

} // namespace kp::server
