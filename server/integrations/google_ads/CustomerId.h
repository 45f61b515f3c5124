#pragma once

#include <QString>

#include <optional>

namespace kp::server::googleads {

// A Google Ads customer id as admins copy it from the Google Ads header ("123-456-7890") or as
// the API writes it ("1234567890"): the 10 digits the API's paths and headers need, or nullopt
// for anything else (a typo should fail on the admin's page, not as Google's 404 later).
std::optional<QString> customerDigits(const QString &externalId);

// "1234567890" → "123-456-7890", the way Google Ads shows it, for messages an admin reads.
QString displayCustomerId(const QString &digits);

} // namespace kp::server::googleads
