#include "client/app/AppContext.h"
#include "client/app/Application.h"
#include "client/callbacks/CallbackDialog.h"

#include "FlowShots.h"
#include "GuiDriver.h"
#include "LaunchApp.h"
#include "ServerFixture.h"
#include "telegram/FakeTelegram.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace kp::client;

namespace {

const QString kBotToken = QStringLiteral("7012345678:AAF-e2e-callback-flow-token");
const QString kChatId = QStringLiteral("-1001234567890");
const QString kPassword = QStringLiteral("correct horse battery");

} // namespace

// The callback as the "Done means" tries it, through the real widgets, the real server
// and the fake Telegram: a customer asks for a callback in the popup while Telegram is down; the
// request waits on the server ("Eingegangen"); when Telegram is back it arrives there exactly once,
// with the session's customer; the admin marks it called back in the inbox; the customer's list
// says so. With KP_FLOW_SHOTS set to a folder, the windows are saved there at each step.
class TestCallbackFlow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void aCallbackFiledWhileTelegramIsDownArrivesOnceAndIsAnswered();

private:
    static void shoot(AppContext &app, const char *name) { saveFlowShot(app.window, name); }
    static QString statusOf(AppContext &app, const QString &id)
    {
        auto *card = app.window.findChild<QWidget *>(QStringLiteral("callback_") + id);
        return card ? card->findChild<QLabel *>(QStringLiteral("callbackStatus"))->text() : QString();
    }

    FakeTelegram m_telegram {kBotToken, kChatId};
    ServerFixture m_fixture;
};

void TestCallbackFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QStringLiteral("en"));
    QVERIFY(m_telegram.start());
    QVERIFY2(m_fixture.start({{QStringLiteral("callbacks/retry_base_s"), QStringLiteral("1")},
                              {QStringLiteral("callbacks/retry_max_s"), QStringLiteral("2")},
                              {QStringLiteral("callbacks/poll_interval_s"), QStringLiteral("1")},
                              {QStringLiteral("telegram/api_url"), m_telegram.baseUrl()},
                              {QStringLiteral("telegram/bot_token"), kBotToken},
                              {QStringLiteral("telegram/chat_id"), kChatId}}),
             qPrintable(m_fixture.error()));
}

void TestCallbackFlow::cleanupTestCase()
{
    QCOMPARE(m_fixture.stop(), 0);
}

void TestCallbackFlow::cleanup()
{
    KP_VERIFY_API_CONTRACT();
}

void TestCallbackFlow::aCallbackFiledWhileTelegramIsDownArrivesOnceAndIsAnswered()
{
    const auto email = QStringLiteral("rueckruf@muster.de");
    const auto customer = m_fixture.approvedCustomer(email,
                                                     {{QStringLiteral("name"), QStringLiteral("Mia Muster")},
                                                      {QStringLiteral("company"), QStringLiteral("Muster GmbH")}});
    QVERIFY(!customer.token.isEmpty());
    m_telegram.faults().setAlways(FaultPlan::Fault::Down);

    // The customer, still on the onboarding checklist, asks for a callback from the sidebar.
    auto app = launchAndLogIn(*m_fixture.server, email, kPassword, QStringLiteral("customer-pc"));
    QVERIFY(app);
    GuiDriver gui(app->window);
    gui.click(QStringLiteral("requestCallback"));
    auto *dialog = app->window.findChild<CallbackDialog *>(QStringLiteral("callbackDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    GuiDriver popup(*dialog);
    popup.find<QLineEdit>(QStringLiteral("callbackPhone"))->clear();
    popup.type(QStringLiteral("callbackPhone"), QStringLiteral("0171 2345678"));
    QCOMPARE(popup.text(QStringLiteral("callbackPhonePreview")), QStringLiteral("We will call: +49 171 2345678"));
    popup.click(QStringLiteral("callbackSend"));
    QTRY_VERIFY_WITH_TIMEOUT(popup.find<QWidget>(QStringLiteral("callbackDone"))->isVisible(), 10000);
    QVERIFY(popup.text(QStringLiteral("callbackDoneTitle")).contains(QLatin1String("has arrived")));
    shoot(*app, "1-customer-sent");
    popup.click(QStringLiteral("callbackShowList"));

    const auto mine = m_fixture.http->get(QStringLiteral("/api/v1/callbacks"), customer.token);
    QCOMPARE(mine.json.value(QLatin1String("items")).toArray().size(), 1);
    const auto id
        = mine.json.value(QLatin1String("items")).toArray().first().toObject().value(QLatin1String("id")).toString();
    // Telegram is down: the request waits, received but not passed on.
    QTRY_VERIFY_WITH_TIMEOUT(m_telegram.arrivals().size() >= 2, 20000);
    QVERIFY(m_telegram.delivered().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*app, id), QStringLiteral("Received"), 10000);

    // Telegram is back: the request arrives once, naming the customer of the session.
    m_telegram.faults().setAlways(FaultPlan::Fault::None);
    QTRY_COMPARE_WITH_TIMEOUT(m_telegram.delivered().size(), 1, 20000);
    const auto text = m_telegram.delivered().constFirst();
    for (const auto &part :
         {customer.id, QStringLiteral("Mia Muster"), QStringLiteral("Muster GmbH"), QStringLiteral("+49 171 2345678")})
        QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" not in: ") + text));

    // The agency calls back and marks it in the inbox.
    {
        auto admin = launchAndLogIn(*m_fixture.server, ServerFixture::adminEmail, ServerFixture::adminPassword,
                                    QStringLiteral("agency-pc"));
        QVERIFY(admin);
        GuiDriver inbox(admin->window);
        // The sidebar counts the open request from the start (its badge appears with the first count).
        const auto badge = [&] {
            const auto *label = admin->window.findChild<QLabel *>(QStringLiteral("navBadge_callback-inbox"));
            return label && label->isVisible() ? label->text() : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(badge(), QStringLiteral("1"), 10000);
        inbox.click(QStringLiteral("nav_callback-inbox"));
        QWidget *card = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((card = admin->window.findChild<QWidget *>(QStringLiteral("callback_") + id)), 10000);
        QCOMPARE(statusOf(*admin, id), QStringLiteral("Passed on to the agency"));
        QVERIFY(card->findChild<QLabel *>(QStringLiteral("callbackDeliveries"))
                    ->text()
                    .contains(QLatin1String("Telegram: delivered")));
        shoot(*admin, "2-admin-inbox");
        QTest::mouseClick(card->findChild<QPushButton *>(QStringLiteral("callbackCalledBack")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!admin->window.findChild<QWidget *>(QStringLiteral("callback_") + id), 10000);
        QTRY_COMPARE(badge(), QString());
    }

    // The customer sees it called back.
    gui.click(QStringLiteral("nav_profile"));
    gui.click(QStringLiteral("nav_callbacks"));
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*app, id), QStringLiteral("Called back"), 10000);
    shoot(*app, "3-customer-called-back");
    // The delivery job ran every second since the server recorded the delivery (the admin saw
    // it): none of those rounds sent it again.
    QCOMPARE(m_telegram.delivered().size(), 1);
}

QTEST_MAIN(TestCallbackFlow)
#include "tst_callback_flow.moc"
