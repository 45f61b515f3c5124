#include "client/callbacks/MyCallbacksPage.h"

#include "client/app/OfflineSync.h"
#include "client/callbacks/CallbackCard.h"
#include "client/widgets/PageColumn.h"
#include "client/widgets/PageHeader.h"
#include "client/widgets/PagedCardList.h"
#include "client/widgets/RemoteListController.h"
#include "client/widgets/StatePanel.h"
#include "client/widgets/Theme.h"
#include "shared/Validation.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace kp::client {

MyCallbacksPage::MyCallbacksPage(ApiClient &api, OfflineSync &offline, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_offline(offline)
    , m_header(new PageHeader(tr("Callback requests"), tr("Your requests to the agency and where they stand.")))
    , m_state(new StatePanel)
    , m_list(new PagedCardList(QStringLiteral("callbacksMore")))
    , m_controller(new RemoteListController(*m_state, m_list->list(), m_list->more(), this))
    , m_waiting(new QWidget)
{
    setObjectName(QStringLiteral("callbacksPage"));
    auto *request = new QPushButton(theme::icon(QStringLiteral("call-start"), Qt::white), tr("Request a callback"));
    request->setObjectName(QStringLiteral("callbacksRequest"));
    request->setProperty("variant", QStringLiteral("primary"));
    m_header->addAction(request);
    m_waiting->setObjectName(QStringLiteral("callbacksWaiting"));
    auto *waiting = new QVBoxLayout(m_waiting);
    waiting->setContentsMargins(0, 0, theme::spacing::s, 0); // in line with the list beside its scroll bar
    waiting->setSpacing(theme::spacing::m);
    m_waiting->hide();

    pageColumn(this, {m_header, m_waiting}, {m_state, m_list});

    m_controller->setLoadingText(tr("Loading your requests …"));
    m_controller->setEmptyState({QStringLiteral("call-start"), tr("No callback requests yet"),
                                 tr("Need help quickly? \"Request a callback\" and the agency calls you back.")});
    m_controller->setSource<CallbackRequest>([this](const QString &cursor) { return m_api.mine(cursor); },
                                             [this](const QList<CallbackRequest> &requests) { append(requests); });
    connect(m_controller, &RemoteListController::cleared, m_list, &PagedCardList::removeAll);
    connect(request, &QPushButton::clicked, this, &MyCallbacksPage::callbackRequested);
    // A request the outbox sent (or the server refused) moves from "waiting" into the list.
    connect(&m_offline, &OfflineSync::changeSent, this, &MyCallbacksPage::reload);
    connect(&m_offline, &OfflineSync::changeFailed, this, &MyCallbacksPage::reload);
}

void MyCallbacksPage::reload()
{
    m_controller->reload();
    m_offline.waitingBodies("POST", CallbacksApi::path(), this, [this](const QList<QJsonObject> &bodies) {
        QStringList numbers;
        for (const auto &body : bodies) {
            const auto phone = body.value(QLatin1String("phone")).toString();
            const auto check = validation::checkPhone(phone);
            numbers.append(check.problem ? phone : validation::internationalPhone(check.e164));
        }
        showWaiting(numbers);
    });
}

void MyCallbacksPage::showWaiting(const QStringList &numbers)
{
    qDeleteAll(m_waiting->findChildren<CallbackCard *>(Qt::FindDirectChildrenOnly));
    for (const auto &number : numbers)
        m_waiting->layout()->addWidget(CallbackCard::waiting(number, m_waiting));
    m_waiting->setVisible(!numbers.isEmpty());
}

void MyCallbacksPage::append(const QList<CallbackRequest> &requests)
{
    for (const auto &request : requests)
        m_list->append(new CallbackCard(request, CallbackCard::View::Customer));
}

void MyCallbacksPage::showDemo(const QList<CallbackRequest> &requests, const QStringList &waitingNumbers)
{
    m_list->removeAll();
    append(requests);
    m_controller->adopt(int(requests.size()));
    showWaiting(waitingNumbers);
}

} // namespace kp::client
