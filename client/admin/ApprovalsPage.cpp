#include "client/admin/ApprovalsPage.h"

#include "client/admin/RegistrationCard.h"
#include "client/admin/RejectDialog.h"
#include "client/api/AccountPicture.h"
#include "client/widgets/Banner.h"
#include "client/widgets/PageHeader.h"
#include "client/widgets/PagedCardList.h"
#include "client/widgets/RemoteListController.h"
#include "client/widgets/StatePanel.h"
#include "client/widgets/Theme.h"
#include "client/widgets/Toast.h"

#include <QPointer>
#include <QPushButton>
#include <QTabBar>
#include <QVBoxLayout>

namespace kp::client {
namespace {

constexpr std::array kTabs {AccountStatus::Pending, AccountStatus::Approved, AccountStatus::Rejected};

} // namespace

ApprovalsPage::ApprovalsPage(ApiClient &api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_accounts(api)
    , m_header(new PageHeader(tr("Registrations"), tr("Check new customers and activate their accounts.")))
    , m_tabs(new QTabBar)
    , m_banner(new Banner(QStringLiteral("approvalsBanner")))
    , m_state(new StatePanel)
    , m_list(new PagedCardList(QStringLiteral("approvalsMore")))
    , m_controller(new RemoteListController(*m_state, m_list->list(), m_list->more(), this))
{
    setObjectName(QStringLiteral("approvalsPage"));
    auto *refresh = new QPushButton(theme::icon(QStringLiteral("view-refresh")), tr("Refresh"));
    refresh->setObjectName(QStringLiteral("approvalsRefresh"));
    m_header->addAction(refresh);

    m_tabs->setObjectName(QStringLiteral("approvalsTabs"));
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    m_tabs->addTab(tr("Waiting"));
    m_tabs->addTab(tr("Approved"));
    m_tabs->addTab(tr("Rejected"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::spacing::xxl, theme::spacing::xxl, theme::spacing::xxl, theme::spacing::xl);
    layout->setSpacing(theme::spacing::l);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs);
    layout->addWidget(m_banner);
    layout->addWidget(m_state, 1);
    layout->addWidget(m_list, 1);

    m_controller->setLoadingText(tr("Loading registrations …"));
    m_controller->setSource<Account>(
        [this](const QString &cursor) { return m_accounts.accounts(currentStatus(), cursor); },
        [this](const QList<Account> &accounts) { append(accounts); });
    connect(m_controller, &RemoteListController::cleared, this, &ApprovalsPage::removeAllCards);
    connect(m_controller, &RemoteListController::countChanged, this, &ApprovalsPage::showCount);
    connect(m_controller, &RemoteListController::loadMoreFailed, this,
            [this](const ApiError &error) { m_banner->showMessage(Banner::Tone::Danger, error.message()); });
    connect(refresh, &QPushButton::clicked, this, &ApprovalsPage::reload);
    connect(m_tabs, &QTabBar::currentChanged, this, &ApprovalsPage::reload);
    updateEmptyState();
}

AccountStatus ApprovalsPage::currentStatus() const
{
    return kTabs[std::size_t(std::max(0, m_tabs->currentIndex()))];
}

void ApprovalsPage::reload()
{
    m_banner->showMessage(Banner::Tone::Danger, QString());
    updateEmptyState();
    m_controller->reload();
}

void ApprovalsPage::showAccounts(AccountStatus status, const QList<Account> &accounts)
{
    m_tabs->blockSignals(true);
    m_tabs->setCurrentIndex(int(std::find(kTabs.begin(), kTabs.end(), status) - kTabs.begin()));
    m_tabs->blockSignals(false);
    updateEmptyState();
    removeAllCards();
    append(accounts);
    m_controller->adopt(int(accounts.size()));
}

void ApprovalsPage::removeAllCards()
{
    m_list->removeAll();
}

void ApprovalsPage::append(const QList<Account> &accounts)
{
    for (const auto &account : accounts) {
        auto *card = new RegistrationCard(account);
        m_list->append(card);
        connect(card, &RegistrationCard::approveRequested, this, &ApprovalsPage::approve);
        connect(card, &RegistrationCard::rejectRequested, this, &ApprovalsPage::askForRejection);
        AccountPicture::fetchFor(m_api, account, card, [card](const QImage &picture) { card->setPicture(picture); });
    }
}

void ApprovalsPage::showCount(int count)
{
    if (currentStatus() == AccountStatus::Pending)
        m_header->setSubtitle(count == 0 ? tr("No registration is waiting for you.")
                                         : tr("%n registration(s) waiting for your decision.", nullptr, count));
}

// The empty state of the tab shown; the controller decides when it appears.
void ApprovalsPage::updateEmptyState()
{
    const auto status = currentStatus();
    if (status == AccountStatus::Pending)
        m_controller->setEmptyState({QStringLiteral("emblem-ok"), tr("All caught up"),
                                     tr("New registrations appear here. Customers can log in once you approve them.")});
    else if (status == AccountStatus::Approved)
        m_controller->setEmptyState({QStringLiteral("system-users"), tr("No approved customers yet"),
                                     tr("Approved registrations are listed here.")});
    else
        m_controller->setEmptyState({QStringLiteral("window-close"), tr("No rejected registrations"),
                                     tr("Registrations you reject are listed here with their reason.")});
}

void ApprovalsPage::removeCard(const QString &accountId)
{
    delete m_list->findChild<RegistrationCard *>(QStringLiteral("registration_") + accountId);
    m_controller->itemRemoved();
}

void ApprovalsPage::approve(const Account &account)
{
    auto *card = m_list->findChild<RegistrationCard *>(QStringLiteral("registration_") + account.id);
    if (card)
        card->setBusy(true);
    // Bound to the page, not to the load: the approval happened on the server whatever tab
    // is shown meanwhile.
    m_accounts.approve(account.id)
        .onSuccess(this,
                   [this, account](NoContent) {
                       removeCard(account.id);
                       Toast::show(window(), tr("%1 can log in now.").arg(account.name));
                   })
        .onFailure(this, [this, account](const ApiError &error) {
            if (auto *failedCard = m_list->findChild<RegistrationCard *>(QStringLiteral("registration_") + account.id))
                failedCard->setBusy(false);
            m_banner->showMessage(Banner::Tone::Danger,
                                  tr("%1 could not be approved: %2").arg(account.name, error.message()));
        });
}

void ApprovalsPage::askForRejection(const Account &account)
{
    auto *dialog = new RejectDialog(account.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RejectDialog::rejectConfirmed, this, [this, dialog, account](const QString &reason) {
        dialog->setBusy(true);
        // The page, not the dialog, receives the outcome: the rejection happened on the server
        // whatever became of the dialog meanwhile.
        m_accounts.reject(account.id, reason)
            .onSuccess(this,
                       [this, dialog = QPointer<RejectDialog>(dialog), account](NoContent) {
                           if (dialog) {
                               dialog->setBusy(false);
                               dialog->accept();
                           }
                           removeCard(account.id);
                           Toast::show(window(), tr("The registration of %1 was rejected.").arg(account.name));
                       })
            .onFailure(dialog, [dialog](const ApiError &error) {
                dialog->setBusy(false);
                dialog->showError(error.fieldMessage(QStringLiteral("reason")).isEmpty()
                                      ? error.message()
                                      : error.fieldMessage(QStringLiteral("reason")));
            });
    });
    dialog->open();
}

} // namespace kp::client
