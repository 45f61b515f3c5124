#pragma once

#include "client/admin/AdminAccountsApi.h"
#include "client/widgets/TabbedCardList.h"
#include "shared/Account.h"

#include <QWidget>

namespace kp::client {

class ApiClient;
class RegistrationCard;
struct ApiError;

// Administration → Registrations: the pending, approved and rejected accounts, a page at a time,
// with approve and reject (with a reason). Talks to the server through AdminAccountsApi only;
// loading, paging, empty and error states are RemoteListController's.
class ApprovalsPage : public QWidget {
    Q_OBJECT

public:
    explicit ApprovalsPage(ApiClient &api, QWidget *parent = nullptr);

    // Loads the current tab from the server.
    void reload();
    // Shows accounts without the server (demo data for screenshots).
    void showAccounts(AccountStatus status, const QList<kp::Account> &accounts);

private:
    AccountStatus currentStatus() const;
    void append(const QList<kp::Account> &accounts);
    void removeAllCards();
    void showCount(int count);
    void approve(const kp::Account &account);
    void askForRejection(const kp::Account &account);
    void removeCard(const QString &accountId);
    void updateEmptyState();

    ApiClient &m_api;
    AdminAccountsApi m_accounts;
    TabbedCardList m_view;
};

} // namespace kp::client
