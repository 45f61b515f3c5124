#pragma once

#include "client/api/RequestScope.h"
#include "client/dashboard/MetricsApi.h"

#include <QHash>
#include <QObject>

namespace kp::client {

class DashboardPage;
class Session;

// Between the dashboard and the server: fetches the report whenever the page opens or its
// period or granularity changes. A selection seen before (in this session, or the response
// cache's answer of an earlier one) shows its figures at once and is refreshed in the background;
// offline the cache answers and the window says "Offline, Stand: …". A 409 onboarding_incomplete
// locks the page again, which takes the customer to the checklist.
class DashboardController : public QObject {
    Q_OBJECT

public:
    DashboardController(DashboardPage &page, Session &session, ApiClient &api);

    void refresh();
    // The page with this report and nothing in flight (`--screenshot`).
    void showDemo(const metrics::MetricsReport &report);

private:
    QString keyOf() const;

    DashboardPage &m_page;
    Session &m_session;
    MetricsApi m_api;
    RequestScope m_loads;
    QHash<QString, metrics::MetricsReport> m_seen;
};

} // namespace kp::client
