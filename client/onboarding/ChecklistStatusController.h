#pragma once

#include "client/api/RequestScope.h"
#include "client/onboarding/ChecklistAdminApi.h"

#include <QObject>

namespace kp::client {

class ChecklistStatusPage;

// Between the admin's checklist page and the server: the status when the page opens, a sync on
// request, a CSV import (the file read off the GUI thread).
class ChecklistStatusController : public QObject {
    Q_OBJECT

public:
    ChecklistStatusController(ChecklistStatusPage &page, ApiClient &api);

    void refresh();
    // The page with this status and nothing in flight (`--screenshot`).
    void showDemo(const ChecklistStatus &status);

private:
    void sync();
    void import(const QString &path);
    // The answer of a sync or an import.
    void answered(const Reply<ChecklistStatus> &reply);

    ChecklistStatusPage &m_page;
    ChecklistAdminApi m_api;
    RequestScope m_loads;
    RequestScope m_actions;
};

} // namespace kp::client
