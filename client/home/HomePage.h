#pragma once

#include "client/admin/AdminAccountsApi.h"
#include "client/api/RequestScope.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace kp {
struct Account;
}

namespace kp::client {

class PageHeader;
class Session;

// The account at a glance: a greeting, the account's details and, for customers, the way to the
// dashboard's figures. Admins get a shortcut to open approvals and
// the number of registrations waiting.
class HomePage : public QWidget {
    Q_OBJECT

public:
    HomePage(Session &session, ApiClient &api, QWidget *parent = nullptr);
    // Shows the signed-in account and, for admins, asks how many registrations wait.
    void refresh();
    void setAccount(const kp::Account &account);
    // How many registrations wait (admins only); `more` when there are further pages.
    void setPendingRegistrations(int count, bool more);

signals:
    void approvalsRequested();
    // A customer's shortcut to the figures.
    void dashboardRequested();

private:
    Session &m_session;
    AdminAccountsApi m_accounts;
    RequestScope m_pendingScope;
    PageHeader *m_header;
    QLabel *m_email;
    QLabel *m_customerId;
    QLabel *m_referralCode;
    QLabel *m_since;
    QWidget *m_adminCard;
    QLabel *m_pending;
    QPushButton *m_openDashboard;
};

} // namespace kp::client
