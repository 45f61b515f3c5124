#include "client/onboarding/CustomerAnswersController.h"

#include "client/api/AccountPicture.h"
#include "client/onboarding/CustomerAnswerRow.h"
#include "client/onboarding/CustomerAnswersView.h"
#include "client/onboarding/SavedFile.h"

namespace kp::client {

CustomerAnswersController::CustomerAnswersController(CustomerAnswersView &view, ApiClient &api)
    : QObject(&view)
    , m_view(view)
    , m_transport(api)
    , m_api(api)
{
    connect(&view, &CustomerAnswersView::retryRequested, this, [this] { open(m_view.account()); });
    connect(&view, &CustomerAnswersView::tickRequested, this, &CustomerAnswersController::tick);
    connect(&view, &CustomerAnswersView::downloadRequested, this, &CustomerAnswersController::download);
}

void CustomerAnswersController::open(const Account &account)
{
    auto *load = m_customer.begin();
    m_view.showLoading(account);
    m_api.load(account.id)
        .onSuccess(load, [this](const CustomerChecklist &checklist) { m_view.showChecklist(checklist); })
        .onFailure(load, [this](const ApiError &error) { m_view.showLoadError(error); });
    AccountPicture::fetchFor(m_transport, account, load, [this](const QImage &picture) { m_view.setPicture(picture); });
}

void CustomerAnswersController::showDemo(const Account &account, const CustomerChecklist &checklist)
{
    m_customer.begin();
    m_view.showLoading(account);
    m_view.showChecklist(checklist);
}

QString CustomerAnswersController::tickFailure(const QString &label, const ApiError &error)
{
    if (error.httpStatus == 409 && error.fields.contains(QStringLiteral("item_id")))
        return tr("“%1” is the customer's to answer; only the customer can change it.").arg(label);
    if (error.httpStatus == 404)
        return tr("“%1” is no longer part of this customer's checklist. Open the customer again to see the current "
                  "checklist.")
            .arg(label);
    return tr("“%1” could not be changed: %2").arg(label, error.message());
}

void CustomerAnswersController::tick(const QString &itemId, bool done)
{
    const auto label = m_view.row(itemId) ? m_view.row(itemId)->item().label : itemId;
    m_api.tick(m_view.account().id, itemId, done)
        .onSuccess(m_customer.current(), [this](const CustomerChecklist &checklist) { m_view.showTicked(checklist); })
        .onFailure(m_customer.current(), [this, itemId, label](const ApiError &error) {
            m_view.showTickFailed(itemId, tickFailure(label, error));
        });
}

void CustomerAnswersController::download(const QString &itemId, const QString &path)
{
    m_view.setDownloadBusy(itemId, true);
    auto *load = m_customer.current();
    m_api.file(m_view.account().id, itemId)
        .onSuccess(load,
                   [this, load, itemId, path](const QByteArray &bytes) {
                       SavedFile::write(path, bytes, load, [this, itemId, path](const QString &error) {
                           m_view.setDownloadBusy(itemId, false);
                           if (error.isEmpty())
                               m_view.showSaved(path);
                           else
                               m_view.showFailure(error);
                       });
                   })
        .onFailure(load, [this, itemId](const ApiError &error) {
            m_view.setDownloadBusy(itemId, false);
            m_view.showFailure(tr("The file could not be downloaded: %1").arg(error.message()));
        });
}

} // namespace kp::client
