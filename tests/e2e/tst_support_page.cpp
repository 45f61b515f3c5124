#include "client/app/AppContext.h"
#include "client/app/Application.h"
#include "client/messenger/SupportPage.h"

#include "GuiDriver.h"
#include "LaunchApp.h"
#include "ServerFixture.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace kp::client;

// The support tab's states through the real widgets against the real server (offscreen, no web
// view): a server without the chat says so and offers the callback; an unreachable server says
// the chat cannot be reached, with retry and the callback; the callback button asks the app for
// the popup (SupportPage::callbackRequested, objectName requestCallbackButton).
class TestSupportPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void saysTheChatIsNotSetUpAndOffersACallback();
    void saysTheChatCannotBeReachedWhenTheServerIsGone();

private:
    SupportPage *openSupport(AppContext &app);

    ServerFixture m_fixture;
    ServerFixture::Customer m_customer;
};

static const QString kEmail = QStringLiteral("support@kunde.de");
static const QString kPassword = QStringLiteral("correct horse battery");

void TestSupportPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QStringLiteral("en"));
    // No [intercom] app_id: the chat is not set up on this server.
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
    m_customer = m_fixture.approvedCustomer(kEmail);
    QVERIFY(!m_customer.token.isEmpty());
    // A stuck customer: the checklist is open, the support tab is not locked.
    QCOMPARE(m_fixture.publishOneItemChecklist(), 200);
}

void TestSupportPage::cleanupTestCase()
{
    m_fixture.stop();
    KP_VERIFY_API_CONTRACT();
}

SupportPage *TestSupportPage::openSupport(AppContext &app)
{
    GuiDriver gui(app.window);
    gui.click(QStringLiteral("nav_support"));
    return gui.find<SupportPage>(QStringLiteral("supportPage"));
}

void TestSupportPage::saysTheChatIsNotSetUpAndOffersACallback()
{
    auto app = launchAndLogIn(*m_fixture.server, kEmail, kPassword, QStringLiteral("support-1"));
    QVERIFY(app);
    auto *page = openSupport(*app);
    QVERIFY(page->isVisible());
    QTRY_COMPARE(page->state(), SupportPage::State::NotConfigured);
    GuiDriver gui(app->window);
    QCOMPARE(gui.text(QStringLiteral("supportStateTitle")), QStringLiteral("The chat is not set up yet"));
    QVERIFY(!gui.find<QPushButton>(QStringLiteral("supportRetryButton"))->isVisible());
    auto *callback = gui.find<QPushButton>(QStringLiteral("requestCallbackButton"));
    QVERIFY(callback->isVisible());
    QSignalSpy asked(page, &SupportPage::callbackRequested);
    gui.click(QStringLiteral("requestCallbackButton"));
    QCOMPARE(asked.count(), 1);
}

void TestSupportPage::saysTheChatCannotBeReachedWhenTheServerIsGone()
{
    auto app = launchAndLogIn(*m_fixture.server, kEmail, kPassword, QStringLiteral("support-2"));
    QVERIFY(app);
    app->api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9"))); // nothing listens there
    auto *page = openSupport(*app);
    QCOMPARE(page->state(), SupportPage::State::Loading); // until the answer, never blank
    QTRY_COMPARE_WITH_TIMEOUT(page->state(), SupportPage::State::Offline, 15000);
    GuiDriver gui(app->window);
    QCOMPARE(gui.text(QStringLiteral("supportStateTitle")), QStringLiteral("The chat cannot be reached right now"));
    QVERIFY(gui.find<QPushButton>(QStringLiteral("requestCallbackButton"))->isVisible());
    QVERIFY(gui.find<QPushButton>(QStringLiteral("supportRetryButton"))->isVisible());
    // Back online, "Try again" asks the server again.
    app->api.setBaseUrl(QUrl(m_fixture.server->baseUrl()));
    gui.click(QStringLiteral("supportRetryButton"));
    QTRY_COMPARE_WITH_TIMEOUT(page->state(), SupportPage::State::NotConfigured, 15000);
}

QTEST_MAIN(TestSupportPage)
#include "tst_support_page.moc"
