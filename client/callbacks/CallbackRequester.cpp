#include "client/callbacks/CallbackRequester.h"

#include "client/app/OfflineSync.h"
#include "client/app/PageRegistry.h"
#include "client/callbacks/CallbackDialog.h"
#include "shared/Validation.h"

#include <QUuid>

namespace kp::client {

CallbackRequester::CallbackRequester(const PageServices &services, QWidget *window)
    : QObject(window)
    , m_session(services.session)
    , m_offline(services.offline)
    , m_api(services.api)
    , m_openPage(services.openPage)
    , m_window(window)
{
}

void CallbackRequester::open()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new CallbackDialog(m_session.account().phone, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &CallbackDialog::sendRequested, this, &CallbackRequester::send);
    connect(m_dialog, &CallbackDialog::listRequested, this, [this] { m_openPage(QStringLiteral("callbacks")); });
    m_dialog->open();
}

void CallbackRequester::send(const QString &e164)
{
    QPointer dialog = m_dialog;
    dialog->setBusy(true);
    const auto key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    m_api.request(e164, key)
        .onSuccess(this,
                   [this, dialog](const CallbackRequest &request) {
                       if (dialog)
                           dialog->showConfirmation(request);
                       emit requested();
                   })
        .onFailure(this, [this, dialog, e164, key](const ApiError &error) {
            if (error.isNetworkError() && m_offline.isOpen()) {
                m_offline.queue("POST", CallbacksApi::path(), CallbacksApi::requestBody(e164), tr("Callback request"),
                                key);
                if (dialog)
                    dialog->showQueued(validation::internationalPhone(e164));
                emit requested();
                return;
            }
            if (dialog)
                dialog->showError(error);
        });
}

} // namespace kp::client
