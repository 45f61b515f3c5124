#include "client/app/MainWindow.h"

#include "client/admin/ApprovalsPage.h"
#include "client/auth/ApprovalStatusPage.h"
#include "client/auth/LoginPage.h"
#include "client/auth/RegisterPage.h"
#include "client/home/HomePage.h"
#include "client/widgets/Sidebar.h"
#include "client/widgets/StatePanel.h"
#include "client/widgets/Theme.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QStackedWidget>

namespace kp::client {

MainWindow::MainWindow(Session &session, ApiClient &api, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_api(api)
    , m_root(new QStackedWidget(this))
    , m_restoring(new StatePanel)
    , m_auth(new QStackedWidget)
    , m_login(new LoginPage(session))
    , m_register(new RegisterPage(session))
    , m_status(new ApprovalStatusPage(session))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Kundenportal"));
    setWindowIcon(QIcon(QStringLiteral(":/brand/logo.svg")));
    setMinimumSize(1024, 700);
    resize(1280, 800);

    m_restoring->setObjectName(QStringLiteral("restoringPanel"));
    m_restoring->showLoading(tr("Connecting …"));
    m_auth->addWidget(m_login);
    m_auth->addWidget(m_register);
    m_auth->addWidget(m_status);
    m_root->addWidget(m_restoring);
    m_root->addWidget(m_auth);
    m_root->addWidget(buildShell());
    setCentralWidget(m_root);

    connect(m_login, &LoginPage::registerRequested, this, &MainWindow::showRegister);
    connect(m_login, &LoginPage::serverSettingsRequested, this, &MainWindow::serverSettingsRequested);
    connect(m_register, &RegisterPage::loginRequested, this, &MainWindow::showLogin);
    connect(m_status, &ApprovalStatusPage::backToLoginRequested, &m_session, &Session::logout);
    connect(&m_session, &Session::stateChanged, this, &MainWindow::onStateChanged);
    connect(&m_session, &Session::accountChanged, this, &MainWindow::showAccount);
    connect(&m_session, &Session::persistenceUnavailable, m_login, &LoginPage::showPersistenceWarning);
    // A stored session the server could not confirm (e.g. it is down) lands on the login page,
    // which says why instead of looking as if the app forgot the login.
    connect(&m_session, &Session::refreshFailed, m_login, [this](const ApiError &error) {
        if (m_session.state() == Session::State::LoggedOut)
            m_login->showError(error);
    });
    onStateChanged(m_session.state());
}

QWidget *MainWindow::buildShell()
{
    m_shell = new QWidget;
    m_sidebar = new Sidebar;
    m_content = new QStackedWidget;
    m_content->setObjectName(QStringLiteral("contentArea"));
    m_home = new HomePage;
    m_approvals = new ApprovalsPage(m_api);

    addPage(QStringLiteral("home"), QStringLiteral("go-home"), tr("Overview"), m_home);
    m_sidebar->beginAdminSection(tr("Administration"));
    addPage(QStringLiteral("approvals"), QStringLiteral("system-users"), tr("Registrations"), m_approvals);

    auto *layout = new QHBoxLayout(m_shell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_content, 1);

    connect(m_sidebar, &Sidebar::pageRequested, this, &MainWindow::openPage);
    connect(m_sidebar, &Sidebar::logoutRequested, &m_session, &Session::logout);
    connect(m_home, &HomePage::approvalsRequested, this, [this] { openPage(QStringLiteral("approvals")); });
    return m_shell;
}

void MainWindow::addPage(const QString &id, const QString &icon, const QString &label, QWidget *page)
{
    m_pages.insert(id, page);
    m_content->addWidget(page);
    m_sidebar->addPage(id, icon, label);
}

void MainWindow::openPage(const QString &id)
{
    auto *page = m_pages.value(id);
    if (!page)
        return;
    m_sidebar->select(id);
    m_content->setCurrentWidget(page);
    // Lists are fetched when opened, so they are current without a background poll.
    if (page == m_approvals)
        m_approvals->reload();
}

void MainWindow::showLogin()
{
    m_root->setCurrentWidget(m_auth);
    m_auth->setCurrentWidget(m_login);
}

void MainWindow::showRegister()
{
    m_root->setCurrentWidget(m_auth);
    m_auth->setCurrentWidget(m_register);
}

void MainWindow::onStateChanged(Session::State state)
{
    switch (state) {
    case Session::State::Restoring:
        m_root->setCurrentWidget(m_restoring);
        break;
    case Session::State::LoggedOut:
        showLogin();
        break;
    case Session::State::JustRegistered:
    case Session::State::AwaitingApproval:
    case Session::State::Rejected:
        m_status->showState(state);
        m_root->setCurrentWidget(m_auth);
        m_auth->setCurrentWidget(m_status);
        break;
    case Session::State::Active:
        showAccount();
        m_root->setCurrentWidget(m_shell);
        openPage(QStringLiteral("home"));
        break;
    }
}

void MainWindow::showAccount()
{
    const auto &account = m_session.account();
    m_sidebar->setUser(account.name, account.company);
    m_sidebar->setAdminVisible(account.isAdmin());
    m_home->setAccount(account);
    if (account.isAdmin() && m_session.state() == Session::State::Active)
        countPendingRegistrations();
}

void MainWindow::countPendingRegistrations()
{
    auto *call = m_api.accounts(AccountStatus::Pending);
    connect(call, &ApiCall::succeeded, m_home, [this](const QJsonObject &page) {
        m_home->setPendingRegistrations(int(page.value(QLatin1String("items")).toArray().size()),
                                        !page.value(QLatin1String("next_cursor")).isNull());
    });
    // A failure leaves the count out; the Registrations page shows errors in full.
}

} // namespace kp::client
