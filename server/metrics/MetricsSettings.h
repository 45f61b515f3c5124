#pragma once

namespace kp::server {

// [sync] keys of the ad-metrics sync.
struct MetricsSettings {
    int syncIntervalMin = 60; // metrics_interval_min: every source is read this often
    int recentDays = 28;      // metrics_recent_days: later syncs re-read this many days (platforms revise them)
    int provisionalDays = 3;  // metrics_provisional_days: the newest days marked "provisional"
};

} // namespace kp::server
