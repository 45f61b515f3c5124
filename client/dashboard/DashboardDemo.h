#pragma once

#include "shared/Metrics.h"

namespace kp::client::dashboarddemo {

// The demo figures of `--screenshot`: 90 days of plausible numbers (and the 90 before them, to
// compare with) of two sources (a
// Facebook and a Google Ads account of the demo customer), counted from a fixed "today" so the
// pictures do not change from day to day.
QDate today();
// The connected sources; `stale`: Facebook's token expired three days ago.
QList<metrics::MetricsSource> sources(bool stale = false);
// The report the server would answer for `span` and `granularity`, with the previous period
// unless `allTime`.
metrics::MetricsReport report(const metrics::DateSpan &span, metrics::Granularity granularity, bool allTime = false,
                              bool stale = false);

} // namespace kp::client::dashboarddemo
