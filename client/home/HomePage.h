#pragma once

#include <QWidget>

class QLabel;

namespace kp {
struct Account;
}

namespace kp::client {

class PageHeader;

// The first page after login until the dashboard lands: a greeting, the account at a glance
// and an honest empty state for campaign figures. Admins get a shortcut to open approvals.
class HomePage : public QWidget {
    Q_OBJECT

public:
    explicit HomePage(QWidget *parent = nullptr);
    void setAccount(const kp::Account &account);
    // How many registrations wait (admins only); `more` when there are further pages.
    void setPendingRegistrations(int count, bool more);

signals:
    void approvalsRequested();

private:
    PageHeader *m_header;
    QLabel *m_email;
    QLabel *m_customerId;
    QLabel *m_referralCode;
    QLabel *m_since;
    QWidget *m_adminCard;
    QLabel *m_pending;
};

} // namespace kp::client
