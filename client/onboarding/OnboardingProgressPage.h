#pragma once

#include "client/admin/AdminAccountsApi.h"
#include "shared/Account.h"

#include <QWidget>

class QStackedWidget;

namespace kp::client {

class ApiClient;
class Banner;
class CustomerAnswersController;
class CustomerAnswersView;
class PagedCardList;
class RemoteListController;
class StatePanel;

// Administration → Onboarding progress: every approved customer, a page at a time ("Load more"),
// with how far each is with the checklist, the open ones first (sorted within what is loaded; the
// server lists in registration order). A click opens that customer's answers in the same page
// (CustomerAnswersView), "All customers" leads back. Loading, paging, empty and error states are
// RemoteListController's.
class OnboardingProgressPage : public QWidget {
    Q_OBJECT

public:
    explicit OnboardingProgressPage(ApiClient &api, QWidget *parent = nullptr);

    // Back to the list, fetched anew from the server.
    void reload();
    void openCustomer(const kp::Account &account);
    // The list without the server (demo data for screenshots).
    void showCustomers(const QList<kp::Account> &accounts);

    CustomerAnswersView *answersView() const { return m_answers; }
    CustomerAnswersController *answersController() const { return m_answersController; }

signals:
    // A customer's detail opened: panels of other features about the customer load theirs.
    void customerOpened(const kp::Account &account);

private:
    QWidget *buildList();
    void append(const QList<kp::Account> &accounts);
    void sortCards();

    ApiClient &m_api;
    AdminAccountsApi m_accounts;
    QStackedWidget *m_stack;
    Banner *m_banner;
    StatePanel *m_state;
    PagedCardList *m_list;
    RemoteListController *m_controller;
    CustomerAnswersView *m_answers;
    CustomerAnswersController *m_answersController;
};

} // namespace kp::client
