#pragma once

#include <QString>

namespace kp::server::metrics {

class MetricsModule;

// Demo numbers for `--seed-demo`: a Facebook and a Google Ads account of the customer with
// 400 days of plausible daily rows (weekday rhythm, a campaign pause, a budget increase), shown
// as synced now. They have no credentials, so the sync job leaves them alone.
void seedDemoMetrics(MetricsModule &metrics, const QString &customerId);

} // namespace kp::server::metrics
