#pragma once

#include "client/app/Session.h"

#include <QMainWindow>
#include <QMap>

class QStackedWidget;

namespace kp::client {

class ApiClient;
class ApprovalStatusPage;
class ApprovalsPage;
class HomePage;
class LoginPage;
class RegisterPage;
class Sidebar;
class StatePanel;

// The one window. Before login it shows the auth pages in a calm centred frame; after login the
// sidebar and the content area (UI.md "Structure of the window"). Which of them is visible
// follows Session::state() and nothing else.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(Session &session, ApiClient &api, QWidget *parent = nullptr);

    void showLogin();
    void showRegister();
    void openPage(const QString &id);

    LoginPage *loginPage() const { return m_login; }
    RegisterPage *registerPage() const { return m_register; }
    ApprovalsPage *approvalsPage() const { return m_approvals; }
    HomePage *homePage() const { return m_home; }

signals:
    void serverSettingsRequested();

private:
    void onStateChanged(Session::State state);
    void showAccount();
    void countPendingRegistrations();
    void addPage(const QString &id, const QString &icon, const QString &label, QWidget *page);
    QWidget *buildShell();

    Session &m_session;
    ApiClient &m_api;
    QStackedWidget *m_root;
    StatePanel *m_restoring;
    QStackedWidget *m_auth;
    LoginPage *m_login;
    RegisterPage *m_register;
    ApprovalStatusPage *m_status;
    QWidget *m_shell = nullptr;
    Sidebar *m_sidebar = nullptr;
    QStackedWidget *m_content = nullptr;
    HomePage *m_home = nullptr;
    ApprovalsPage *m_approvals = nullptr;
    QMap<QString, QWidget *> m_pages;
};

} // namespace kp::client
