#pragma once

#include <QString>

namespace kp::server {

// [referrals] keys of the partner program.
struct ReferralSettings {
    int windowDays = 60; // window_days: how long a click on a partner link counts at registration
    QString agencyName = QStringLiteral("Kundenportal"); // agency_name: what the landing page presents
    QString downloadUrl; // download_url: where the landing page offers the app; empty: no download link
};

} // namespace kp::server
