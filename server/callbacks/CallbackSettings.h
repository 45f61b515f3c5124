#pragma once

namespace kp::server {

// [callbacks] keys of the callback requests and their delivery to the agency.
struct CallbackSettings {
    int perHour = 5;       // per_hour: requests one customer may file within an hour
    int retryBaseS = 5;    // retry_base_s: the first wait after a failed delivery; doubles per attempt
    int retryMaxS = 3600;  // retry_max_s: the longest wait between two attempts
    int pollIntervalS = 5; // poll_interval_s: how often the delivery job looks for due rows
};

} // namespace kp::server
