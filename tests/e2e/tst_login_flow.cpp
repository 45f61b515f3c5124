#include "client/app/AppContext.h"
#include "client/app/Application.h"
#include "client/app/ClientSettings.h"
#include "client/cache/CacheDatabase.h"
#include "client/settings/ServerSettingsDialog.h"
#include "client/widgets/Banner.h"

#include "GuiDriver.h"
#include "LaunchApp.h"
#include "TestHttp.h"
#include "TestServer.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace kp::client;
using State = Session::State;

// Logging in and out through the real widgets against the real server and keychain.
class TestLoginFlow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void logsInByUserNameAndStaysLoggedInAcrossRestart();
    void logoutForgetsTheStoredSession();
    void saysWrongPasswordWithoutLosingTheLogin();
    void showsWhenToRetryAfterTooManyFailures();
    void showsWaitingPageForPendingLogin();
    void changesServerThroughTheSettingsDialog();
    // With the account's cache the app starts offline; without one the login page says why.
    void saysWhyWhenTheServerCannotConfirmTheStoredSession();

private:
    void logIn(GuiDriver &gui, const QString &login, const QString &password);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestHttp> m_http;
};

static const QString kPassword = QStringLiteral("correct horse battery");

void TestLoginFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // As the app does at start: English texts with their plural forms.
    installTranslations(QStringLiteral("en"));
}

void TestLoginFlow::init()
{
    m_server = std::make_unique<TestServer>(
        QMap<QString, QString> {{QStringLiteral("security/login_max_failures"), QStringLiteral("3")}});
    QVERIFY(m_server->createAdmin(QStringLiteral("admin@agentur.de"), QStringLiteral("admin password 1")));
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    m_http = std::make_unique<TestHttp>(*m_server);
    const auto registered = m_http->registerCustomer(QStringLiteral("jana@becker.de"), kPassword,
                                                     {{QStringLiteral("username"), QStringLiteral("jana")}});
    QCOMPARE(registered.status, 201);
    const auto id = registered.json.value(QLatin1String("account")).toObject().value(QLatin1String("id")).toString();
    const auto admin = m_http->loginToken(QStringLiteral("admin@agentur.de"), QStringLiteral("admin password 1"));
    QCOMPARE(m_http->post(QStringLiteral("/api/v1/admin/accounts/%1/approve").arg(id), {}, admin).status, 200);
}

void TestLoginFlow::cleanup()
{
    m_http.reset();
    QCOMPARE(m_server->stop(), 0);
    m_server.reset();
    const auto violations = TestHttp::takeContractViolations();
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
}

void TestLoginFlow::logIn(GuiDriver &gui, const QString &login, const QString &password)
{
    gui.type(QStringLiteral("loginName"), login);
    gui.type(QStringLiteral("loginPassword"), password);
    gui.click(QStringLiteral("loginButton"));
}

void TestLoginFlow::logsInByUserNameAndStaysLoggedInAcrossRestart()
{
    auto app = launchApp(*m_server);
    QTRY_COMPARE_WITH_TIMEOUT(app->session.state(), State::LoggedOut, 10000);
    GuiDriver gui(app->window);
    logIn(gui, QStringLiteral("Jana"), kPassword);
    QTRY_COMPARE_WITH_TIMEOUT(app->session.state(), State::Active, 10000);
    QCOMPARE(gui.text(QStringLiteral("sidebarUserName")), QStringLiteral("Erika Mustermann"));
    QVERIFY(app->session.persistsLogin());

    app = launchApp(*m_server);
    QTRY_COMPARE_WITH_TIMEOUT(app->session.state(), State::Active, 10000);
    QCOMPARE(GuiDriver(app->window).text(QStringLiteral("homeEmail")), QStringLiteral("jana@becker.de"));
}

void TestLoginFlow::logoutForgetsTheStoredSession()
{
    auto app = launchApp(*m_server);
    QTRY_COMPARE_WITH_TIMEOUT(app->session.state(), State::LoggedOut, 10000);
    GuiDriver gui(app->window);
    logIn(gui, QStringLiteral("jana@becker.de"), kPassword);
    QTRY_COMPARE_WITH_TIMEOUT(app->session.state(), State::Active, 10000);
    QSignalSpy removed(&app->tokens, &TokenStore::removed);
    gui.click(QStringLiteral("logoutButton"));
    // At once, after a look into the outbox for changes that were not sent (there are none).
    QTRY_COMPARE(app->session.state(), State::LoggedOut);
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 10000);
    // The stored token is gone, so a restart lands on the login page.
    app = launchApp(*m_server);
    QTRY_COMPARE_WITH_TIMEOUT(app->session.state(), State::LoggedOut, 10000);
}

void TestLoginFlow::saysWrongPasswordWithoutLosingTheLogin()
{
    auto app = launchApp(*m_server);
    QTRY_COMPARE_WITH_TIMEOUT(app->session.state(), State::LoggedOut, 10000);
    GuiDriver gui(app->window);
    logIn(gui, QStringLiteral("jana@becker.de"), QStringLiteral("wrong password"));
    QTRY_VERIFY_WITH_TIMEOUT(
        gui.find<Banner>(QStringLiteral("loginBanner"))->text().contains(QLatin1String("login details are wrong")),
        10000);
    QCOMPARE(gui.input(QStringLiteral("loginName")), QStringLiteral("jana@becker.de"));
    QCOMPARE(app->session.state(), State::LoggedOut);
}

void TestLoginFlow::showsWhenToRetryAfterTooManyFailures()
{
    auto app = launchApp(*m_server);
    QTRY_COMPARE_WITH_TIMEOUT(app->session.state(), State::LoggedOut, 10000);
    GuiDriver gui(app->window);
    auto *banner = gui.find<Banner>(QStringLiteral("loginBanner"));
    for (int i = 0; i < 3; ++i) {
        logIn(gui, QStringLiteral("jana@becker.de"), QStringLiteral("wrong password %1").arg(i));
        QTRY_VERIFY_WITH_TIMEOUT(!app->session.isBusy() && !banner->text().isEmpty(), 10000);
    }
    logIn(gui, QStringLiteral("jana@becker.de"), kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains(QLatin1String("Too many attempts")), 10000);
    QVERIFY2(banner->text().contains(QLatin1String("15 minutes")), qPrintable(banner->text()));
    QVERIFY(!gui.find<QPushButton>(QStringLiteral("loginButton"))->isEnabled());
    QCOMPARE(app->session.state(), State::LoggedOut);
}

void TestLoginFlow::showsWaitingPageForPendingLogin()
{
    QCOMPARE(m_http->registerCustomer(QStringLiteral("neu@kunde.de")).status, 201);
    auto app = launchApp(*m_server);
    QTRY_COMPARE_WITH_TIMEOUT(app->session.state(), State::LoggedOut, 10000);
    GuiDriver gui(app->window);
    logIn(gui, QStringLiteral("neu@kunde.de"), kPassword);
    QTRY_COMPARE_WITH_TIMEOUT(app->session.state(), State::AwaitingApproval, 10000);
    QVERIFY(gui.text(QStringLiteral("statusTitle")).contains(QLatin1String("being reviewed")));
    QVERIFY(!gui.find<QPushButton>(QStringLiteral("checkStatusButton"))->isVisible());
    gui.click(QStringLiteral("statusBackButton"));
    QCOMPARE(app->session.state(), State::LoggedOut);
}

void TestLoginFlow::changesServerThroughTheSettingsDialog()
{
    // The app starts against an address where nothing listens, as after a typo.
    AppContext app(QUrl(QStringLiteral("http://127.0.0.1:9")));
    app.window.show();
    app.session.restore();
    QTRY_COMPARE_WITH_TIMEOUT(app.session.state(), State::LoggedOut, 10000);
    GuiDriver gui(app.window);
    gui.click(QStringLiteral("serverSettingsLink"));
    ServerSettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = app.window.findChild<ServerSettingsDialog *>()));
    GuiDriver settings(*dialog);

    settings.type(QStringLiteral("serverUrl"), QStringLiteral("ftp://nowhere"));
    settings.click(QStringLiteral("serverSave"));
    QVERIFY(!settings.text(QStringLiteral("serverUrlError")).isEmpty());
    QVERIFY(dialog->isVisible());

    settings.type(QStringLiteral("serverUrl"), m_server->baseUrl());
    settings.click(QStringLiteral("serverTest"));
    QTRY_VERIFY_WITH_TIMEOUT(settings.text(QStringLiteral("serverTestResult")).startsWith(QLatin1String("Connected")),
                             10000);
    settings.click(QStringLiteral("serverSave"));
    QTRY_VERIFY(!app.window.findChild<ServerSettingsDialog *>());
    QCOMPARE(ClientSettings().server(), QUrl(m_server->baseUrl()));
    QVERIFY(gui.text(QStringLiteral("serverLabel")).contains(m_server->baseUrl()));

    // And the new server is the one the login goes to.
    QTRY_COMPARE_WITH_TIMEOUT(app.session.state(), State::LoggedOut, 10000);
    logIn(gui, QStringLiteral("jana@becker.de"), kPassword);
    QTRY_COMPARE_WITH_TIMEOUT(app.session.state(), State::Active, 10000);
}

void TestLoginFlow::saysWhyWhenTheServerCannotConfirmTheStoredSession()
{
    auto app = launchApp(*m_server);
    QTRY_COMPARE_WITH_TIMEOUT(app->session.state(), State::LoggedOut, 10000);
    GuiDriver gui(app->window);
    logIn(gui, QStringLiteral("jana@becker.de"), kPassword);
    QTRY_COMPARE_WITH_TIMEOUT(app->session.state(), State::Active, 10000);
    // The server confirmed the session once more; its answer is in the account's cache.
    QTRY_VERIFY_WITH_TIMEOUT(!app->session.isBusy(), 10000);
    app.reset();

    QCOMPARE(m_server->stop(), 0);
    app = launchApp(*m_server);
    QTRY_COMPARE_WITH_TIMEOUT(app->session.state(), State::Active, 20000);
    QVERIFY(GuiDriver(app->window).find<Banner>(QStringLiteral("offlineBanner"))->isVisible());
    app.reset();

    QVERIFY(QDir(cache::CacheDatabase::directory()).removeRecursively());
    app = launchApp(*m_server);
    QTRY_COMPARE_WITH_TIMEOUT(app->session.state(), State::LoggedOut, 20000);
    QVERIFY(GuiDriver(app->window)
                .find<Banner>(QStringLiteral("loginBanner"))
                ->text()
                .contains(QLatin1String("cannot be reached")));
}

QTEST_MAIN(TestLoginFlow)
#include "tst_login_flow.moc"
