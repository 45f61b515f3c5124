#include "client/dashboard/DashboardController.h"

#include "client/app/Session.h"
#include "client/dashboard/DashboardPage.h"

namespace kp::client {

DashboardController::DashboardController(DashboardPage &page, Session &session, ApiClient &api)
    : QObject(&page)
    , m_page(page)
    , m_session(session)
    , m_api(api)
{
    connect(&page, &DashboardPage::selectionChanged, this, &DashboardController::refresh);
    connect(&page, &DashboardPage::retryRequested, this, &DashboardController::refresh);
    // Another account's figures are not this one's.
    connect(&session, &Session::stateChanged, this, [this] { m_seen.clear(); });
}

QString DashboardController::keyOf() const
{
    const auto span = m_page.span();
    return metrics::toApiDate(span.start) + QLatin1Char('/') + metrics::toApiDate(span.end) + QLatin1Char('/')
        + metrics::granularityName(m_page.granularity());
}

void DashboardController::refresh()
{
    const auto key = keyOf();
    if (const auto seen = m_seen.constFind(key); seen != m_seen.constEnd())
        m_page.showReport(*seen);
    else
        m_page.showLoading();
    m_api.report(m_page.span(), m_page.granularity())
        .onStored(m_loads.begin(),
                  [this, key](const metrics::MetricsReport &report) {
                      // What this selection showed on an earlier visit, while the server is asked.
                      if (!m_seen.contains(key))
                          m_page.showReport(report);
                  })
        .onSuccess(m_loads.current(),
                   [this, key](const metrics::MetricsReport &report) {
                       m_seen.insert(key, report);
                       m_page.showReport(report);
                   })
        .onFailure(m_loads.current(), [this](const ApiError &error) {
            if (error.is(ErrorCode::OnboardingIncomplete)) {
                // The server's gate says the checklist is open: the page locks and the window
                // takes the customer there.
                m_session.updateOnboarding([](AccountOnboarding &onboarding) { onboarding.checklistComplete = false; });
                return;
            }
            m_page.showLoadError(error.message());
        });
}

void DashboardController::showDemo(const metrics::MetricsReport &report)
{
    m_loads.begin();
    m_page.showReport(report);
}

} // namespace kp::client
