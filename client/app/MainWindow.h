#pragma once

#include "client/api/RequestScope.h"
#include "client/app/PageRegistry.h"
#include "client/app/Session.h"

#include <QMainWindow>
#include <QMap>

class QStackedWidget;

namespace kp::client {

class ApiClient;
class OfflineSync;
class ApprovalStatusPage;
class LoginPage;
class RegisterPage;
class Sidebar;
class StatePanel;

// The one window. Before login it shows the auth pages in a calm centred frame; after login the
// sidebar and the content area (UI.md "Structure of the window") with the pages of the
// PageRegistry. Which of them is visible follows Session::state() and nothing else.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // `pages` must outlive the window.
    MainWindow(Session &session, ApiClient &api, const PageRegistry &pages, QWidget *parent = nullptr);

    void showLogin();
    void showRegister();
    void openPage(const QString &id);

    LoginPage *loginPage() const { return m_login; }
    RegisterPage *registerPage() const { return m_register; }
    // The page registered under `id`, or null.
    QWidget *page(const QString &id) const { return m_pages.value(id); }
    const PageRegistry &pages() const { return m_registry; }

signals:
    void serverSettingsRequested();

private:
    void onStateChanged(Session::State state);
    void showAccount();
    // The sidebar's picture of the user, fetched when the account names a new one.
    void showAccountPicture(const Account &account);
    QWidget *buildShell(ApiClient &api);

    Session &m_session;
    ApiClient &m_api;
    OfflineSync *m_offline;
    RequestScope m_pictureLoad;
    QString m_shownPicture; // the avatar version the sidebar shows
    const PageRegistry &m_registry;
    QStackedWidget *m_root;
    StatePanel *m_restoring;
    QStackedWidget *m_auth;
    LoginPage *m_login;
    RegisterPage *m_register;
    ApprovalStatusPage *m_status;
    QWidget *m_shell = nullptr;
    Sidebar *m_sidebar = nullptr;
    QStackedWidget *m_content = nullptr;
    QMap<QString, QWidget *> m_pages;
};

} // namespace kp::client
