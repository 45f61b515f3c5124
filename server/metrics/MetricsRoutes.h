#pragma once

#include <QString>

#include <functional>

namespace kp::server {

class Router;

namespace metrics {

class AdAccountService;
class MetricsReports;

// GET /api/v1/metrics for the customer (behind the onboarding gate).
void addMetricsRoutes(Router &router, MetricsReports &reports);
// The admin's ad-account routes; `syncSoon` asks the sync job to run now (connect, "sync now").
void addAdAccountRoutes(Router &router, AdAccountService &adAccounts,
                        const std::function<int(const QString &)> &syncSoon);

} // namespace metrics
} // namespace kp::server
