#include "client/onboarding/ChecklistStatusController.h"

#include "client/onboarding/ChecklistStatusPage.h"
#include "client/onboarding/PickedFile.h"

namespace kp::client {

ChecklistStatusController::ChecklistStatusController(ChecklistStatusPage &page, ApiClient &api)
    : QObject(&page)
    , m_page(page)
    , m_api(api)
{
    connect(&page, &ChecklistStatusPage::syncRequested, this, &ChecklistStatusController::sync);
    connect(&page, &ChecklistStatusPage::importFileChosen, this, &ChecklistStatusController::import);
}

void ChecklistStatusController::refresh()
{
    m_api.status()
        .onSuccess(m_loads.begin(), [this](const ChecklistStatus &status) { m_page.showStatus(status); })
        .onFailure(m_loads.current(), [this](const ApiError &error) { m_page.showError(error); });
}

void ChecklistStatusController::showDemo(const ChecklistStatus &status)
{
    m_loads.begin();
    m_page.showStatus(status);
}

void ChecklistStatusController::sync()
{
    m_page.setBusy(true);
    answered(m_api.sync());
}

void ChecklistStatusController::import(const QString &path)
{
    m_page.setBusy(true);
    PickedFile::read(path, m_actions.begin(), [this](const PickedFile &file) {
        if (!file.error.isEmpty()) {
            m_page.setBusy(false);
            m_page.showFailure(file.error);
            return;
        }
        answered(m_api.importCsv(file.bytes));
    });
}

void ChecklistStatusController::answered(const Reply<ChecklistStatus> &reply)
{
    reply
        .onSuccess(m_actions.begin(),
                   [this](const ChecklistStatus &status) {
                       m_page.setBusy(false);
                       m_page.showOutcome(status);
                   })
        .onFailure(m_actions.current(), [this](const ApiError &error) {
            m_page.setBusy(false);
            m_page.showError(error);
            // A refused import leaves the live version as it was; show what is live.
            refresh();
        });
}

} // namespace kp::client
