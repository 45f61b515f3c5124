#pragma once

#include "client/api/AccountPicture.h"
#include "client/app/PageRegistry.h"
#include "client/app/Session.h"

#include <QMainWindow>
#include <QMap>

#include <memory>

class QStackedWidget;

namespace kp::client {

class ApiClient;
class OfflineSync;
class ApprovalStatusPage;
class Banner;
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
    // Runs the registry's WindowAction `id` (its sidebar button does the same).
    void runAction(const QString &id);
    // "Offline, as of <time>" above every page, until the server answers (or hideOfflineNotice()).
    void showOfflineNotice(const QDateTime &asOf);
    void hideOfflineNotice();

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
    QWidget *buildShell(ApiClient &api);
    // The sidebar's "Log out": asks first when changes made offline were not sent yet.
    void requestLogout();
    // The server answers again: the session and the open page are fetched anew.
    void revalidate();

    Session &m_session;
    ApiClient &m_api;
    OfflineSync *m_offline;
    std::unique_ptr<AccountPicture> m_userPicture; // the sidebar's
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
    Banner *m_offlineBanner = nullptr; // "Offline, as of <time>" above every page
    QString m_currentPage;
    QMap<QString, QWidget *> m_pages;
    QMap<QString, std::function<void()>> m_actions; // WindowAction id → what it does
};

} // namespace kp::client
