#include "client/admin/RejectDialog.h"
#include "client/app/AppContext.h"
#include "client/app/Application.h"
#include "client/widgets/Banner.h"

#include "GuiDriver.h"
#include "LaunchApp.h"
#include "TestHttp.h"
#include "TestServer.h"

#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace kp::client;
using State = Session::State;

// Issue 2's story through the real widgets: a customer registers, sees the confirmation, sees
// "being reviewed" after a restart, an admin approves in the same app, the customer is let in.
class TestRegistrationFlow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void registersWaitsAndIsLetInAfterAdminApproval();
    void keepsTypedInputWhenServerRefusesRegistration();
    void adminRejectsWithReasonAndCustomerSeesIt();

private:
    void registerThroughForm(GuiDriver &gui, const QString &email);
    void logInAsAdmin(AppContext &app);

    std::unique_ptr<TestServer> m_server;
};

static const QString kAdminPassword = QStringLiteral("admin password 1");
static const QString kPassword = QStringLiteral("correct horse battery");

void TestRegistrationFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // As the app does at start: English texts with their plural forms.
    installTranslations(QStringLiteral("en"));
}

void TestRegistrationFlow::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->createAdmin(QStringLiteral("admin@agentur.de"), kAdminPassword));
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
}

void TestRegistrationFlow::cleanup()
{
    QCOMPARE(m_server->stop(), 0);
    m_server.reset();
    const auto violations = TestHttp::takeContractViolations();
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
}

void TestRegistrationFlow::registerThroughForm(GuiDriver &gui, const QString &email)
{
    gui.type(QStringLiteral("registerName"), QStringLiteral("Kemal Özdemir"));
    gui.type(QStringLiteral("registerCompany"), QStringLiteral("FitWerk Studios"));
    gui.type(QStringLiteral("registerEmail"), email);
    gui.type(QStringLiteral("registerPhone"), QStringLiteral("0221 998877"));
    gui.type(QStringLiteral("registerPassword"), kPassword);
    gui.type(QStringLiteral("registerPasswordRepeat"), kPassword);
    gui.click(QStringLiteral("registerButton"));
}

void TestRegistrationFlow::logInAsAdmin(AppContext &app)
{
    GuiDriver gui(app.window);
    gui.type(QStringLiteral("loginName"), QStringLiteral("admin@agentur.de"));
    gui.type(QStringLiteral("loginPassword"), kAdminPassword);
    gui.click(QStringLiteral("loginButton"));
    QTRY_COMPARE_WITH_TIMEOUT(app.session.state(), State::Active, 10000);
    QVERIFY(app.session.account().isAdmin());
}

void TestRegistrationFlow::registersWaitsAndIsLetInAfterAdminApproval()
{
    auto customer = launchApp(*m_server);
    QTRY_COMPARE_WITH_TIMEOUT(customer->session.state(), State::LoggedOut, 10000);
    GuiDriver gui(customer->window);
    gui.click(QStringLiteral("registerLink"));
    QVERIFY(gui.find<QWidget>(QStringLiteral("registerPage"))->isVisible());

    // A bad field is caught before anything is sent, and nothing typed is lost.
    gui.type(QStringLiteral("registerEmail"), QStringLiteral("kemal@fitwerk"));
    QVERIFY(gui.text(QStringLiteral("registerEmailError")).contains(QLatin1String("email address")));
    registerThroughForm(gui, QStringLiteral("kemal@fitwerk.de"));
    QTRY_COMPARE_WITH_TIMEOUT(customer->session.state(), State::JustRegistered, 10000);
    QVERIFY(gui.text(QStringLiteral("statusTitle")).contains(QLatin1String("registration has been received")));
    const auto accountId = customer->session.account().id;
    QVERIFY(!accountId.isEmpty());

    // A restart restores the registration's token from the keychain: "being reviewed", not a login error.
    customer = launchApp(*m_server);
    QTRY_COMPARE_WITH_TIMEOUT(customer->session.state(), State::AwaitingApproval, 10000);
    GuiDriver restarted(customer->window);
    QVERIFY(restarted.text(QStringLiteral("statusTitle")).contains(QLatin1String("being reviewed")));
    restarted.click(QStringLiteral("checkStatusButton"));
    QTRY_VERIFY_WITH_TIMEOUT(
        restarted.find<Banner>(QStringLiteral("statusBanner"))->text().contains(QLatin1String("Not activated yet")),
        10000);

    // The admin approves in the same app.
    auto admin = launchApp(*m_server, QStringLiteral("Kundenportal-AdminPC"));
    QTRY_COMPARE_WITH_TIMEOUT(admin->session.state(), State::LoggedOut, 10000);
    logInAsAdmin(*admin);
    GuiDriver adminGui(admin->window);
    QTRY_COMPARE_WITH_TIMEOUT(adminGui.text(QStringLiteral("homePendingCount")), QStringLiteral("1 waiting"), 10000);
    adminGui.click(QStringLiteral("nav_approvals"));
    QTRY_VERIFY_WITH_TIMEOUT(admin->window.findChild<QPushButton *>(QStringLiteral("approve_") + accountId), 10000);
    adminGui.click(QStringLiteral("approve_") + accountId);
    QTRY_VERIFY_WITH_TIMEOUT(!admin->window.findChild<QWidget *>(QStringLiteral("registration_") + accountId), 10000);
    QTRY_VERIFY(admin->window.findChild<QLabel *>(QStringLiteral("toastText")));

    // The waiting customer checks again and is in.
    restarted.click(QStringLiteral("checkStatusButton"));
    QTRY_COMPARE_WITH_TIMEOUT(customer->session.state(), State::Active, 10000);
    QCOMPARE(restarted.text(QStringLiteral("homeEmail")), QStringLiteral("kemal@fitwerk.de"));
    QVERIFY(!restarted.find<QWidget>(QStringLiteral("nav_approvals"))->isVisible());
}

void TestRegistrationFlow::keepsTypedInputWhenServerRefusesRegistration()
{
    TestHttp http(*m_server);
    QCOMPARE(http.registerCustomer(QStringLiteral("kemal@fitwerk.de")).status, 201);

    auto app = launchApp(*m_server);
    QTRY_COMPARE_WITH_TIMEOUT(app->session.state(), State::LoggedOut, 10000);
    GuiDriver gui(app->window);
    gui.click(QStringLiteral("registerLink"));
    registerThroughForm(gui, QStringLiteral("Kemal@FitWerk.de"));
    QTRY_VERIFY_WITH_TIMEOUT(gui.text(QStringLiteral("registerEmailError")).contains(QLatin1String("already exists")),
                             10000);
    QCOMPARE(app->session.state(), State::LoggedOut);
    QCOMPARE(gui.input(QStringLiteral("registerName")), QStringLiteral("Kemal Özdemir"));
    QCOMPARE(gui.input(QStringLiteral("registerEmail")), QStringLiteral("Kemal@FitWerk.de"));
    QCOMPARE(gui.input(QStringLiteral("registerPassword")), kPassword);

    // An unknown referral code is named on its own field.
    gui.type(QStringLiteral("registerEmail"), QStringLiteral("neu@fitwerk.de"));
    gui.type(QStringLiteral("registerReferralCode"), QStringLiteral("NOSUCH22"));
    gui.click(QStringLiteral("registerButton"));
    QTRY_VERIFY_WITH_TIMEOUT(
        gui.text(QStringLiteral("registerReferralCodeError")).contains(QLatin1String("referral code")), 10000);
}

void TestRegistrationFlow::adminRejectsWithReasonAndCustomerSeesIt()
{
    auto customer = launchApp(*m_server);
    QTRY_COMPARE_WITH_TIMEOUT(customer->session.state(), State::LoggedOut, 10000);
    GuiDriver gui(customer->window);
    gui.click(QStringLiteral("registerLink"));
    registerThroughForm(gui, QStringLiteral("kemal@fitwerk.de"));
    QTRY_COMPARE_WITH_TIMEOUT(customer->session.state(), State::JustRegistered, 10000);
    const auto accountId = customer->session.account().id;

    auto admin = launchApp(*m_server, QStringLiteral("Kundenportal-AdminPC"));
    QTRY_COMPARE_WITH_TIMEOUT(admin->session.state(), State::LoggedOut, 10000);
    logInAsAdmin(*admin);
    GuiDriver adminGui(admin->window);
    adminGui.click(QStringLiteral("nav_approvals"));
    QTRY_VERIFY_WITH_TIMEOUT(admin->window.findChild<QPushButton *>(QStringLiteral("reject_") + accountId), 10000);
    adminGui.click(QStringLiteral("reject_") + accountId);
    RejectDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = admin->window.findChild<RejectDialog *>()));
    GuiDriver dialogGui(*dialog);
    dialogGui.click(QStringLiteral("rejectConfirm"));
    QVERIFY(!dialogGui.text(QStringLiteral("rejectReasonError")).isEmpty()); // a reason is required
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("rejectReason")),
                     QStringLiteral("Kein Gewerbenachweis"));
    dialogGui.click(QStringLiteral("rejectConfirm"));
    QTRY_VERIFY_WITH_TIMEOUT(!admin->window.findChild<QWidget *>(QStringLiteral("registration_") + accountId), 10000);

    gui.click(QStringLiteral("checkStatusButton"));
    QTRY_COMPARE_WITH_TIMEOUT(customer->session.state(), State::Rejected, 10000);
    QVERIFY(gui.text(QStringLiteral("rejectionReason")).contains(QLatin1String("Kein Gewerbenachweis")));
}

QTEST_MAIN(TestRegistrationFlow)
#include "tst_registration_flow.moc"
