#include "client/app/MainWindow.h"

#include "client/app/OfflineSync.h"
#include "client/cache/ResponseCache.h"
#include "client/widgets/Banner.h"
#include "client/widgets/Toast.h"

#include "client/auth/ApprovalStatusPage.h"
#include "client/auth/LoginPage.h"
#include "client/auth/RegisterPage.h"
#include "client/widgets/Sidebar.h"
#include "client/widgets/StatePanel.h"
#include "client/widgets/Theme.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QImage>
#include <QMessageBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace kp::client {

MainWindow::MainWindow(Session &session, ApiClient &api, const PageRegistry &pages, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_api(api)
    , m_offline(new OfflineSync(session, api, this))
    , m_registry(pages)
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
    m_root->addWidget(buildShell(api));
    setCentralWidget(m_root);

    connect(m_login, &LoginPage::registerRequested, this, &MainWindow::showRegister);
    connect(m_login, &LoginPage::serverSettingsRequested, this, &MainWindow::serverSettingsRequested);
    connect(m_register, &RegisterPage::loginRequested, this, &MainWindow::showLogin);
    connect(m_status, &ApprovalStatusPage::backToLoginRequested, &m_session, &Session::logout);
    connect(&m_session, &Session::stateChanged, this, &MainWindow::onStateChanged);
    connect(&m_session, &Session::accountChanged, this, &MainWindow::showAccount);
    // What happened to a change made offline, once the server answered: said quietly when it
    // went through, and so that it stays readable when it was refused.
    connect(m_offline, &OfflineSync::changeSent, this,
            [this](const QString &label) { Toast::show(this, tr("Sent: %1.").arg(label)); });
    connect(m_offline, &OfflineSync::changeFailed, this, [this](const QString &label, const QString &error) {
        Toast::show(this, tr("Could not be saved: %1. %2").arg(label, error));
    });
    connect(&m_session, &Session::persistenceUnavailable, m_login, &LoginPage::showPersistenceWarning);
    // A stored session the server could not confirm (e.g. it is down) lands on the login page,
    // which says why instead of looking as if the app forgot the login.
    connect(&m_session, &Session::refreshFailed, m_login, [this](const ApiError &error) {
        if (m_session.state() == Session::State::LoggedOut)
            m_login->showError(error);
    });
    // Pages shown from the cache say so quietly, until the server answers again.
    connect(&api, &ApiClient::servedFromCache, this, &MainWindow::showOfflineNotice);
    connect(&api, &ApiClient::serverAnswered, this, &MainWindow::hideOfflineNotice);
    connect(m_offline, &OfflineSync::reconnected, this, &MainWindow::revalidate);
    // From any page: the session ended on the server, and the login page says why.
    connect(&m_session, &Session::sessionEnded, m_login, &LoginPage::showNotice);
    onStateChanged(m_session.state());
}

QWidget *MainWindow::buildShell(ApiClient &api)
{
    m_shell = new QWidget;
    m_sidebar = new Sidebar;
    m_content = new QStackedWidget;
    m_userPicture
        = std::make_unique<AccountPicture>(api, [this](const QImage &picture) { m_sidebar->setUserPicture(picture); });
    m_content->setObjectName(QStringLiteral("contentArea"));
    m_offlineBanner = new Banner(QStringLiteral("offlineBanner"));
    m_offlineBanner->hide();

    const PageServices services {
        m_session,
        api,
        [this](const QString &id) { openPage(id); },
        *m_offline,
        [this](const QString &actionId) { runAction(actionId); },
        [this](const QString &pageId, int count) { m_sidebar->setBadge(pageId, count); },
    };
    std::optional<SidebarSection> section;
    for (const auto &entry : m_registry.entries()) {
        if (entry.section != section) {
            section = entry.section;
            if (entry.section == SidebarSection::Administration)
                m_sidebar->addSection(tr("Administration"), true);
        }
        auto *page = entry.create(services);
        m_pages.insert(entry.id, page);
        m_content->addWidget(page);
        m_sidebar->addPage(entry.id, entry.icon, entry.title(), entry.isForAdminsOnly(), entry.customerOnly);
    }

    for (const auto &action : m_registry.actions()) {
        m_actions.insert(action.id, action.create(services, this));
        m_sidebar->addAction(action.id, action.icon, action.title(), action.customerOnly);
    }

    auto *layout = new QHBoxLayout(m_shell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    auto *main = new QVBoxLayout;
    main->setContentsMargins(0, 0, 0, 0);
    main->setSpacing(0);
    auto *notices = new QVBoxLayout;
    // Aligned with the pages' content; the page's own top margin follows below it.
    notices->setContentsMargins(theme::spacing::xxl, theme::spacing::m, theme::spacing::xxl, 0);
    notices->addWidget(m_offlineBanner);
    main->addLayout(notices);
    main->addWidget(m_content, 1);
    layout->addLayout(main, 1);

    connect(m_sidebar, &Sidebar::pageRequested, this, &MainWindow::openPage);
    connect(m_sidebar, &Sidebar::logoutRequested, this, &MainWindow::requestLogout);
    connect(m_sidebar, &Sidebar::actionRequested, this, &MainWindow::runAction);
    return m_shell;
}

void MainWindow::showOfflineNotice(const QDateTime &asOf)
{
    m_offlineBanner->showMessage(Banner::Tone::Info, cache::ResponseCache::offlineNotice(asOf));
}

void MainWindow::hideOfflineNotice()
{
    m_offlineBanner->hide();
}

void MainWindow::requestLogout()
{
    m_offline->countUnsent(this, [this](int unsent) {
        if (unsent == 0) {
            m_session.logout();
            return;
        }
        auto *ask = new QMessageBox(QMessageBox::Warning, tr("Log out"),
                                    tr("%n change(s) made offline could not be sent yet. Logging out "
                                       "deletes them from this computer.",
                                       nullptr, unsent),
                                    QMessageBox::Cancel, this);
        ask->setObjectName(QStringLiteral("unsentChangesDialog"));
        ask->setAttribute(Qt::WA_DeleteOnClose);
        ask->addButton(tr("Log out and discard"), QMessageBox::DestructiveRole);
        ask->setDefaultButton(QMessageBox::Cancel);
        connect(ask, &QMessageBox::buttonClicked, this, [this, ask](QAbstractButton *button) {
            if (ask->buttonRole(button) == QMessageBox::DestructiveRole)
                m_session.logout();
        });
        ask->open();
    });
}

void MainWindow::runAction(const QString &id)
{
    if (const auto run = m_actions.value(id))
        run();
}

void MainWindow::revalidate()
{
    m_session.confirm();
    const auto *entry = m_registry.find(m_currentPage);
    if (entry && entry->opened)
        entry->opened(m_pages.value(m_currentPage));
}

void MainWindow::openPage(const QString &id)
{
    const auto *entry = m_registry.find(id);
    auto *page = m_pages.value(id);
    if (!entry || !page)
        return;
    if (!entry->isVisibleTo(m_session.account()))
        return;
    if (const auto reason = entry->lockReason(m_session.account()); !reason.isEmpty()) {
        // API.md: the client shows the checklist instead, and says why.
        Toast::show(this, reason);
        if (const auto *start = m_registry.startPageFor(m_session.account()); start && start->id != id)
            openPage(start->id);
        return;
    }
    m_sidebar->select(id);
    m_content->setCurrentWidget(page);
    m_currentPage = id;
    if (entry->opened)
        entry->opened(page);
    // Each page opened confirms the session: one ended elsewhere (a password change, "log out
    // everywhere", an admin) returns to the login page with the reason, whatever the page asks.
    m_session.confirm();
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
        hideOfflineNotice();
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
        // The overview, or for a customer still onboarding the checklist.
        if (const auto *start = m_registry.startPageFor(m_session.account()))
            openPage(start->id);
        break;
    }
}

void MainWindow::showAccount()
{
    const auto &account = m_session.account();
    m_sidebar->setUser(account.name, account.company);
    m_sidebar->setAdminVisible(account.isAdmin());
    m_userPicture->follow(account);
    for (const auto &entry : m_registry.entries()) {
        m_sidebar->setLocked(entry.id, entry.lockReason(account));
        if (entry.badge)
            m_sidebar->setBadge(entry.id, entry.badge(account));
    }
    // A checklist reopened by a new required item closes the page the customer is on.
    const auto *current = m_registry.find(m_currentPage);
    if (m_root->currentWidget() == m_shell && current && !current->lockReason(account).isEmpty()) {
        if (const auto *start = m_registry.startPageFor(account))
            openPage(start->id);
    }
}

} // namespace kp::client
