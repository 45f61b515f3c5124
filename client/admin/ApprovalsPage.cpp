#include "client/admin/ApprovalsPage.h"

#include "client/admin/RegistrationCard.h"
#include "client/admin/RejectDialog.h"
#include "client/api/AccountPicture.h"
#include "client/widgets/Banner.h"
#include "client/widgets/PageHeader.h"
#include "client/widgets/PagedCardList.h"
#include "client/widgets/RemoteListController.h"
#include "client/widgets/StatePanel.h"
#include "client/widgets/TabbedCardList.h"
#include "client/widgets/Toast.h"

#include <QPointer>
#include <QPushButton>
#include <QTabBar>

namespace kp::client {
namespace {

constexpr std::array kTabs {AccountStatus::Pending, AccountStatus::Approved, AccountStatus::Rejected};

} // namespace

ApprovalsPage::ApprovalsPage(ApiClient &api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_accounts(api)
    , m_view(TabbedCardList::build(*this, QStringLiteral("approvals"), tr("Registrations"),
                                   tr("Check new customers and activate their accounts."),
                                   {tr("Waiting"), tr("Approved"), tr("Rejected")}))
{
    setObjectName(QStringLiteral("approvalsPage"));
    m_view.controller->setLoadingText(tr("Loading registrations …"));
    m_view.controller->setSource<Account>(
        [this](const QString &cursor) { return m_accounts.accounts(currentStatus(), cursor); },
        [this](const QList<Account> &accounts) { append(accounts); });
    connect(m_view.controller, &RemoteListController::cleared, this, &ApprovalsPage::removeAllCards);
    connect(m_view.controller, &RemoteListController::countChanged, this, &ApprovalsPage::showCount);
    connect(m_view.controller, &RemoteListController::loadMoreFailed, this,
            [this](const ApiError &error) { m_view.banner->showMessage(Banner::Tone::Danger, error.message()); });
    connect(m_view.refresh, &QPushButton::clicked, this, &ApprovalsPage::reload);
    connect(m_view.tabs, &QTabBar::currentChanged, this, &ApprovalsPage::reload);
    updateEmptyState();
}

AccountStatus ApprovalsPage::currentStatus() const
{
    return kTabs[std::size_t(std::max(0, m_view.tabs->currentIndex()))];
}

void ApprovalsPage::reload()
{
    m_view.banner->showMessage(Banner::Tone::Danger, QString());
    updateEmptyState();
    m_view.controller->reload();
}

void ApprovalsPage::showAccounts(AccountStatus status, const QList<Account> &accounts)
{
    m_view.tabs->blockSignals(true);
    m_view.tabs->setCurrentIndex(int(std::find(kTabs.begin(), kTabs.end(), status) - kTabs.begin()));
    m_view.tabs->blockSignals(false);
    updateEmptyState();
    removeAllCards();
    append(accounts);
    m_view.controller->adopt(int(accounts.size()));
}

void ApprovalsPage::removeAllCards()
{
    m_view.list->removeAll();
}

void ApprovalsPage::append(const QList<Account> &accounts)
{
    for (const auto &account : accounts) {
        auto *card = new RegistrationCard(account);
        m_view.list->append(card);
        connect(card, &RegistrationCard::approveRequested, this, &ApprovalsPage::approve);
        connect(card, &RegistrationCard::rejectRequested, this, &ApprovalsPage::askForRejection);
        AccountPicture::fetchFor(m_api, account, card, [card](const QImage &picture) { card->setPicture(picture); });
    }
}

void ApprovalsPage::showCount(int count)
{
    if (currentStatus() == AccountStatus::Pending)
        m_view.header->setSubtitle(count == 0 ? tr("No registration is waiting for you.")
                                              : tr("%n registration(s) waiting for your decision.", nullptr, count));
}

// The empty state of the tab shown; the controller decides when it appears.
void ApprovalsPage::updateEmptyState()
{
    const auto status = currentStatus();
    if (status == AccountStatus::Pending)
        m_view.controller->setEmptyState(
            {QStringLiteral("emblem-ok"), tr("All caught up"),
             tr("New registrations appear here. Customers can log in once you approve them.")});
    else if (status == AccountStatus::Approved)
        m_view.controller->setEmptyState({QStringLiteral("system-users"), tr("No approved customers yet"),
                                          tr("Approved registrations are listed here.")});
    else
        m_view.controller->setEmptyState({QStringLiteral("window-close"), tr("No rejected registrations"),
                                          tr("Registrations you reject are listed here with their reason.")});
}

void ApprovalsPage::removeCard(const QString &accountId)
{
    delete m_view.list->findChild<RegistrationCard *>(QStringLiteral("registration_") + accountId);
    m_view.controller->itemRemoved();
}

void ApprovalsPage::approve(const Account &account)
{
    auto *card = m_view.list->findChild<RegistrationCard *>(QStringLiteral("registration_") + account.id);
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
            if (auto *failedCard
                = m_view.list->findChild<RegistrationCard *>(QStringLiteral("registration_") + account.id))
                failedCard->setBusy(false);
            m_view.banner->showMessage(Banner::Tone::Danger,
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
