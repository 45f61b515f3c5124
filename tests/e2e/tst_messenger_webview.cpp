#include "client/app/AppContext.h"
#include "client/app/Application.h"
#include "client/messenger/MessengerView.h"
#include "client/messenger/SupportController.h"
#include "client/messenger/SupportPage.h"

#include "GuiDriver.h"
#include "LaunchApp.h"
#include "ServerFixture.h"
#include "intercom/FakeIntercom.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QMessageAuthenticationCode>
#include <QStandardPaths>
#include <QTest>

using namespace kp::client;

// The Messenger in the real web view (under Xvfb), with no internet: the real server serves
// /messenger, its [intercom] widget_url points at FakeIntercom's stand-in script, which reports
// what Intercom('boot', …) received. The customer's user id and hash arrive; after logout the
// Messenger was shut down and the user's web storage folder is gone.
class TestMessengerWebView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void bootsAsTheCustomerAndForgetsEverythingAtLogout();

private:
    FakeIntercom m_intercom;
    ServerFixture m_fixture;
};

static const QByteArray kSecret = QByteArrayLiteral("webview-identity-secret-42");

void TestMessengerWebView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QStringLiteral("en"));
    QVERIFY(m_intercom.start());
    QVERIFY2(m_fixture.start({{QStringLiteral("intercom/app_id"), QStringLiteral("fakeapp1")},
                              {QStringLiteral("intercom/identity_secret"), QString::fromLatin1(kSecret)},
                              {QStringLiteral("intercom/widget_url"), m_intercom.widgetUrl()},
                              {QStringLiteral("intercom/messenger_api_base"), m_intercom.baseUrl()}}),
             qPrintable(m_fixture.error()));
}

void TestMessengerWebView::cleanupTestCase()
{
    m_fixture.stop();
    KP_VERIFY_API_CONTRACT();
}

void TestMessengerWebView::bootsAsTheCustomerAndForgetsEverythingAtLogout()
{
    const auto customer = m_fixture.approvedCustomer(QStringLiteral("web@kunde.de"),
                                                     {{QStringLiteral("name"), QStringLiteral("Wera Web")}});
    QVERIFY(!customer.token.isEmpty());
    auto app = launchAndLogIn(*m_fixture.server, QStringLiteral("web@kunde.de"),
                              QStringLiteral("correct horse battery"), QStringLiteral("webview"));
    QVERIFY(app);
    GuiDriver gui(app->window);
    gui.click(QStringLiteral("nav_support"));
    auto *page = gui.find<SupportPage>(QStringLiteral("supportPage"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_intercom.bootCalls().isEmpty(), 60000);
    const auto boot = m_intercom.bootCalls().constLast();
    QCOMPARE(boot.value(QLatin1String("app_id")).toString(), QStringLiteral("fakeapp1"));
    QCOMPARE(boot.value(QLatin1String("user_id")).toString(), customer.id);
    QCOMPARE(boot.value(QLatin1String("user_hash")).toString().toLatin1(),
             QMessageAuthenticationCode::hash(customer.id.toUtf8(), kSecret, QCryptographicHash::Sha256).toHex());
    QCOMPARE(boot.value(QLatin1String("email")).toString(), QStringLiteral("web@kunde.de"));
    QCOMPARE(boot.value(QLatin1String("name")).toString(), QStringLiteral("Wera Web"));
    QCOMPARE(boot.value(QLatin1String("api_base")).toString(), m_intercom.baseUrl());
    QVERIFY(!boot.contains(QLatin1String("intercom_user_jwt")));
    QTRY_COMPARE_WITH_TIMEOUT(page->state(), SupportPage::State::Chat, 10000);

    auto *controller = page->findChild<SupportController *>();
    QVERIFY(controller->messenger());
    const auto storage = controller->messenger()->storagePath();
    QVERIFY2(storage.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
             qPrintable(storage));
    QVERIFY(!storage.contains(customer.id)); // the folder does not name the user
    QTRY_VERIFY_WITH_TIMEOUT(QDir(storage).exists(), 10000);

    gui.click(QStringLiteral("logoutButton"));
    QTRY_COMPARE_WITH_TIMEOUT(app->session.state(), Session::State::LoggedOut, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!QDir(storage).exists(), 10000);
    QVERIFY(m_intercom.messengerCalls().contains(QStringLiteral("shutdown")));
    QVERIFY(!controller->messenger());
    QCOMPARE(page->state(), SupportPage::State::Loading);
    // Nothing writes the folder back once the web session is gone.
    QTest::qWait(500);
    QVERIFY(!QDir(storage).exists());
}

int main(int argc, char *argv[])
{
    // As the app's main(): Qt WebEngine needs this before the application exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestMessengerWebView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_messenger_webview.moc"
