#pragma once

#include "client/app/DemoData.h"
#include "shared/Referral.h"

// Made-up partner program data for `--screenshot` (no server), built on the demo accounts.
namespace kp::client::referralsdemo {

// The demo customer's partner page: its link, figures and referrals (newest first).
ReferralSummary summary(const DemoData &demo);
// A partner page before anyone came through the link.
ReferralSummary emptySummary(const DemoData &demo);
// The admin's overview: every demo customer with who brought it.
QList<PartnerEntry> partners(const DemoData &demo);
// The customer the admin's screenshot shows (its partner was corrected) and that history.
QString correctedAccountId(const DemoData &demo);
QList<AttributionChange> history(const DemoData &demo);

} // namespace kp::client::referralsdemo
