#pragma once

#include <QByteArray>

#include <optional>

namespace kp::server::facebook {

// What the x-business-use-case-usage header says about our quota. Meta sends it as JSON keyed by
// business object (the ad account's number), each an array of buckets:
//   {"123456":[{"type":"ads_insights","call_count":97,"total_cputime":40,"total_time":60,
//               "estimated_time_to_regain_access":5}]}
// call_count, total_cputime and total_time are percent of the quota used;
// estimated_time_to_regain_access is in minutes. Only objects the request touched are listed,
// so every bucket counts.
struct BusinessUseCaseUsage {
    int highestPercent = 0; // the largest of the three percentages over all buckets
    int regainMinutes = 0;  // the largest estimated_time_to_regain_access; 0 when none given
};

// nullopt when the header is absent or not the documented JSON (Meta sends it only once a
// quota is noticeably used).
std::optional<BusinessUseCaseUsage> parseBusinessUseCaseUsage(const QByteArray &header);

} // namespace kp::server::facebook
