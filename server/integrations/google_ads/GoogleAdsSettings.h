#pragma once

#include <QString>

namespace kp::server {

// [google] keys of the Google Ads connector. The OAuth client is the agency's; each customer's
// refresh token is stored encrypted with their ad account. oauth_url ([google], shared with the
// checklist sheet) is the token endpoint's base.
struct GoogleAdsSettings {
    QString clientId;
    QString clientSecret;
    QString developerToken;  // the agency's Google Ads API developer token
    QString loginCustomerId; // the manager account (MCC) the customers are linked to, digits only; may be empty
    QString adsUrl = QStringLiteral("https://googleads.googleapis.com");
    QString apiVersion = QStringLiteral("v21");

    bool enabled() const { return !clientId.isEmpty() && !clientSecret.isEmpty() && !developerToken.isEmpty(); }
};

} // namespace kp::server
