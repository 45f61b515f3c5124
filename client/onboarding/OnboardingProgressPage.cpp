#include "client/onboarding/OnboardingProgressPage.h"

#include "client/api/AccountPicture.h"
#include "client/onboarding/CustomerAnswersController.h"
#include "client/onboarding/CustomerAnswersView.h"
#include "client/onboarding/CustomerProgressCard.h"
#include "client/widgets/Banner.h"
#include "client/widgets/PageColumn.h"
#include "client/widgets/PageHeader.h"
#include "client/widgets/PagedCardList.h"
#include "client/widgets/RemoteListController.h"
#include "client/widgets/StatePanel.h"
#include "client/widgets/Theme.h"

#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kp::client {

OnboardingProgressPage::OnboardingProgressPage(ApiClient &api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_accounts(api)
    , m_stack(new QStackedWidget)
    , m_banner(new Banner(QStringLiteral("progressBanner")))
    , m_state(new StatePanel)
    , m_list(new PagedCardList(QStringLiteral("progressMore")))
    , m_controller(new RemoteListController(*m_state, m_list->list(), m_list->more(), this))
    , m_answers(new CustomerAnswersView)
    , m_answersController(new CustomerAnswersController(*m_answers, api))
{
    setObjectName(QStringLiteral("onboardingProgressPage"));
    m_stack->addWidget(buildList());
    m_stack->addWidget(m_answers);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_controller->setLoadingText(tr("Loading customers …"));
    m_controller->setEmptyState({QStringLiteral("system-users"), tr("No approved customers yet"),
                                 tr("Customers appear here once you approve their registration; then you see how "
                                    "far each one is with the checklist.")});
    m_controller->setSource<Account>([this](const QString &cursor) { return m_accounts.approvedCustomers(cursor); },
                                     [this](const QList<Account> &accounts) { append(accounts); });
    connect(m_controller, &RemoteListController::cleared, m_list, &PagedCardList::removeAll);
    connect(m_controller, &RemoteListController::loadMoreFailed, this,
            [this](const ApiError &error) { m_banner->showMessage(Banner::Tone::Danger, error.message()); });
    connect(m_answers, &CustomerAnswersView::backRequested, this, &OnboardingProgressPage::reload);
}

QWidget *OnboardingProgressPage::buildList()
{
    auto *header = new PageHeader(tr("Onboarding progress"),
                                  tr("How far each customer is with the checklist; open ones first."));
    auto *refresh = new QPushButton(theme::icon(QStringLiteral("view-refresh")), tr("Refresh"));
    refresh->setObjectName(QStringLiteral("progressRefresh"));
    header->addAction(refresh);
    connect(refresh, &QPushButton::clicked, this, &OnboardingProgressPage::reload);
    m_banner->hide();

    auto *view = new QWidget;
    pageColumn(view, {header, m_banner}, {m_state, m_list});
    return view;
}

void OnboardingProgressPage::reload()
{
    m_stack->setCurrentIndex(0);
    m_banner->hide();
    m_controller->reload();
}

void OnboardingProgressPage::openCustomer(const Account &account)
{
    m_stack->setCurrentWidget(m_answers);
    m_answersController->open(account);
    emit customerOpened(account);
}

void OnboardingProgressPage::showCustomers(const QList<Account> &accounts)
{
    m_stack->setCurrentIndex(0);
    m_list->removeAll();
    append(accounts);
    m_controller->adopt(int(accounts.size()));
}

void OnboardingProgressPage::append(const QList<Account> &accounts)
{
    for (const auto &account : accounts) {
        auto *card = new CustomerProgressCard(account);
        m_list->append(card);
        connect(card, &CustomerProgressCard::openRequested, this, &OnboardingProgressPage::openCustomer);
        AccountPicture::fetchFor(m_api, account, card, [card](const QImage &picture) { card->setPicture(picture); });
    }
    sortCards();
}

// Open checklists first; within each group the order the server gave (registration order).
void OnboardingProgressPage::sortCards()
{
    auto cards = m_list->cards();
    std::stable_partition(cards.begin(), cards.end(), [](const QWidget *card) {
        return !static_cast<const CustomerProgressCard *>(card)->isComplete();
    });
    m_list->reorder(cards);
}

} // namespace kp::client
