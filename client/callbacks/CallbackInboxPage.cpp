#include "client/callbacks/CallbackInboxPage.h"

#include "client/callbacks/CallbackCard.h"
#include "client/callbacks/CallbackText.h"
#include "client/widgets/Banner.h"
#include "client/widgets/PageHeader.h"
#include "client/widgets/PagedCardList.h"
#include "client/widgets/RemoteListController.h"
#include "client/widgets/StatePanel.h"
#include "client/widgets/TabbedCardList.h"
#include "client/widgets/Toast.h"

#include <QPushButton>
#include <QTabBar>

#include <array>

namespace kp::client {
namespace {

constexpr std::array kTabs {CallbackFilter::Open, CallbackFilter::CalledBack, CallbackFilter::Closed,
                            CallbackFilter::All};

bool shows(CallbackFilter filter, const CallbackRequest &request)
{
    switch (filter) {
    case CallbackFilter::Open:
        return request.isOpen();
    case CallbackFilter::CalledBack:
        return request.status == CallbackStatus::CalledBack;
    case CallbackFilter::Closed:
        return request.status == CallbackStatus::Closed;
    case CallbackFilter::All:
        break;
    }
    return true;
}

} // namespace

CallbackInboxPage::CallbackInboxPage(ApiClient &api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_view(TabbedCardList::build(*this, QStringLiteral("callbackInbox"), tr("Callbacks"),
                                   tr("Customers who asked to be called back."),
                                   {tr("Open"), tr("Called back"), tr("Done"), tr("All")}))
{
    setObjectName(QStringLiteral("callbackInboxPage"));
    m_view.controller->setLoadingText(tr("Loading callback requests …"));
    m_view.controller->setSource<CallbackRequest>(
        [this](const QString &cursor) {
            auto reply = m_api.inbox(currentFilter(), cursor);
            connect(reply.call(), &ApiCall::succeeded, this,
                    [this](const ApiResponse &answer) { showOpenCount(CallbacksApi::openCount(answer)); });
            return reply;
        },
        [this](const QList<CallbackRequest> &requests) { append(requests); });
    connect(m_view.controller, &RemoteListController::cleared, m_view.list, &PagedCardList::removeAll);
    connect(m_view.controller, &RemoteListController::loadMoreFailed, this,
            [this](const ApiError &error) { m_view.banner->showMessage(Banner::Tone::Danger, error.message()); });
    connect(m_view.refresh, &QPushButton::clicked, this, &CallbackInboxPage::reload);
    connect(m_view.tabs, &QTabBar::currentChanged, this, &CallbackInboxPage::reload);
    connect(&m_countTimer, &QTimer::timeout, this, &CallbackInboxPage::fetchOpenCount);
    updateEmptyState();
}

CallbackFilter CallbackInboxPage::currentFilter() const
{
    return kTabs[std::size_t(std::max(0, m_view.tabs->currentIndex()))];
}

void CallbackInboxPage::reload()
{
    m_view.banner->showMessage(Banner::Tone::Danger, QString());
    updateEmptyState();
    m_view.controller->reload();
}

void CallbackInboxPage::watchOpenCount(int intervalMs)
{
    m_countTimer.stop();
    if (intervalMs <= 0) {
        showOpenCount(0);
        return;
    }
    m_countTimer.start(intervalMs);
    fetchOpenCount();
}

void CallbackInboxPage::fetchOpenCount()
{
    auto reply = m_api.inbox(CallbackFilter::Open, {}, 1);
    connect(reply.call(), &ApiCall::succeeded, this,
            [this](const ApiResponse &answer) { showOpenCount(CallbacksApi::openCount(answer)); });
}

void CallbackInboxPage::showOpenCount(int count)
{
    m_view.header->setSubtitle(count == 0 ? tr("No customer is waiting for a call.")
                                          : tr("%n customer(s) waiting for a call.", nullptr, count));
    emit openCountChanged(count);
}

void CallbackInboxPage::append(const QList<CallbackRequest> &requests)
{
    for (const auto &request : requests) {
        auto *card = new CallbackCard(request, CallbackCard::View::Admin);
        m_view.list->append(card);
        connect(card, &CallbackCard::statusRequested, this, &CallbackInboxPage::setStatus);
    }
}

void CallbackInboxPage::setStatus(const CallbackRequest &request, const QString &status)
{
    QPointer card = m_view.list->findChild<CallbackCard *>(QStringLiteral("callback_") + request.id);
    if (card)
        card->setBusy(true);
    m_api.setStatus(request.id, status)
        .onSuccess(this,
                   [this, card](const CallbackRequest &changed) {
                       Toast::show(window(), CallbackText::changed(changed));
                       if (card) {
                           // The card shows the new state, or leaves a tab it no longer belongs to.
                           auto cards = m_view.list->cards();
                           const auto at = cards.indexOf(card);
                           delete card;
                           if (shows(currentFilter(), changed)) {
                               auto *fresh = new CallbackCard(changed, CallbackCard::View::Admin);
                               connect(fresh, &CallbackCard::statusRequested, this, &CallbackInboxPage::setStatus);
                               m_view.list->append(fresh);
                               cards[at] = fresh;
                               m_view.list->reorder(cards);
                           } else {
                               m_view.controller->itemRemoved();
                           }
                       }
                       fetchOpenCount();
                   })
        .onFailure(this, [this, card](const ApiError &error) {
            if (card)
                card->setBusy(false);
            m_view.banner->showMessage(Banner::Tone::Danger, error.message());
        });
}

void CallbackInboxPage::updateEmptyState()
{
    switch (currentFilter()) {
    case CallbackFilter::Open:
        m_view.controller->setEmptyState({QStringLiteral("emblem-ok"), tr("Nobody is waiting"),
                                          tr("Requests for a callback appear here as soon as a customer sends one.")});
        break;
    case CallbackFilter::CalledBack:
        m_view.controller->setEmptyState({QStringLiteral("call-start"), tr("Nothing called back yet"),
                                          tr("Requests you mark as called back are listed here.")});
        break;
    case CallbackFilter::Closed:
    case CallbackFilter::All:
        m_view.controller->setEmptyState({QStringLiteral("call-start"), tr("No callback requests"),
                                          tr("Customers ask for a callback with the button in their sidebar.")});
        break;
    }
}

void CallbackInboxPage::showDemo(CallbackFilter filter, const QList<CallbackRequest> &requests, int openCount)
{
    m_view.tabs->blockSignals(true);
    m_view.tabs->setCurrentIndex(int(std::find(kTabs.begin(), kTabs.end(), filter) - kTabs.begin()));
    m_view.tabs->blockSignals(false);
    updateEmptyState();
    m_view.list->removeAll();
    append(requests);
    m_view.controller->adopt(int(requests.size()));
    showOpenCount(openCount);
}

} // namespace kp::client
