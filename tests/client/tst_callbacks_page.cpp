#include "client/api/ApiError.h"
#include "client/app/AppContext.h"
#include "client/app/Application.h"
#include "client/app/OfflineSync.h"
#include "client/callbacks/CallbackDialog.h"
#include "client/callbacks/CallbackInboxPage.h"
#include "client/callbacks/MyCallbacksPage.h"

#include "CacheTestSupport.h"
#include "FakeNetwork.h"
#include "FakeNetworkApp.h"
#include "GuiDriver.h"
#include "TestAccounts.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTest>

using namespace kp;
using namespace kp::client;
using State = Session::State;

namespace {

const QString kServer = QStringLiteral("http://127.0.0.1:9");
const QString kCallbacks = QStringLiteral("/api/v1/callbacks");
const QString kInbox = QStringLiteral("/api/v1/admin/callbacks");

Account customer()
{
    auto account = approvedJana();
    account.phone = QStringLiteral("+49301234567");
    return account;
}

CallbackRequest request(const QString &id, CallbackStatus status, const QString &phone = QStringLiteral("+49301234567"))
{
    CallbackRequest request;
    request.id = id;
    request.phone = phone;
    request.phoneDisplay = QStringLiteral("+49 30 1234567");
    request.status = status;
    request.createdAt = QDateTime(QDate(2026, 12, 4), QTime(14, 5), Qt::UTC);
    request.updatedAt = request.createdAt;
    if (status != CallbackStatus::Queued)
        request.deliveredAt = request.createdAt.addSecs(2);
    request.customer = {customer().id, customer().name, customer().company, customer().email};
    return request;
}

QJsonObject page(const QList<CallbackRequest> &requests, int openCount = -1)
{
    QJsonArray items;
    for (const auto &request : requests)
        items.append(request.toJson(CallbackRequest::WithDeliveries));
    QJsonObject json {{QStringLiteral("items"), items}, {QStringLiteral("next_cursor"), QJsonValue::Null}};
    if (openCount >= 0)
        json.insert(QStringLiteral("open_count"), openCount);
    return json;
}

} // namespace

// The callback button, its popup, the customer's list and the admin's inbox against FakeNetwork:
// a number checked before it is sent (nothing sent when wrong), exactly the number in the body
// with an idempotency key, the server's refusals at the field with the input kept, the outbox
// offline with the first attempt's key, and the admin's badge, cards and status changes.
class TestCallbacksPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void buttonIsOnEveryPageOfACustomer();
    void popupRefusesAnInvalidNumberWithoutSending();
    void popupSendsOnlyTheNumberAndConfirms();
    void serverRefusalsKeepTheNumber();
    void offlineRequestWaitsAndGoesOutWithTheSameKey();
    void customerListShowsWhereEachRequestStands();
    void adminInboxCountsOpenRequestsAndMarksThemCalledBack();
    void adminInboxNamesTheOfferOfAnInterest();

private:
    void launchAs(const Account &account);
    CallbackDialog *openPopup();
    GuiDriver gui() const { return GuiDriver(m_app->window); }

    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<AppContext> m_app;
};

void TestCallbacksPage::initTestCase()
{
    installTranslations(QStringLiteral("en"));
}

void TestCallbacksPage::init()
{
    startWithEmptyCacheFolder();
    m_network = std::make_unique<FakeNetwork>();
    m_network->answer("GET", QStringLiteral("/healthz"), FakeNetwork::json(200, {{QStringLiteral("status"), "ok"}}));
    m_network->answer("GET", kCallbacks, FakeNetwork::json(200, page({})));
}

void TestCallbacksPage::cleanup()
{
    m_app.reset();
    m_network.reset();
}

void TestCallbacksPage::launchAs(const Account &account)
{
    m_network->answer("GET", QStringLiteral("/api/v1/me"), FakeNetwork::json(200, account.toJson()));
    m_app = launchWithStoredSession(*m_network, kServer, account.id);
    QTRY_COMPARE(m_app->session.state(), State::Active);
}

CallbackDialog *TestCallbacksPage::openPopup()
{
    gui().click(QStringLiteral("requestCallback"));
    auto *dialog = m_app->window.findChild<CallbackDialog *>(QStringLiteral("callbackDialog"));
    [&] { QTRY_VERIFY(dialog && dialog->isVisible()); }();
    return dialog;
}

void TestCallbacksPage::buttonIsOnEveryPageOfACustomer()
{
    auto onboarding = customer();
    onboarding.onboarding = AccountOnboarding {};
    launchAs(onboarding);
    auto *button = gui().find<QPushButton>(QStringLiteral("requestCallback"));
    // Still onboarding: the session starts on the checklist, and help is one click away there too.
    QTRY_VERIFY(button->isVisible());
    for (const auto *id : {"profile", "callbacks"}) {
        gui().click(QStringLiteral("nav_") + QLatin1String(id));
        QVERIFY2(button->isVisible(), id);
    }
    QVERIFY(!gui().find<QPushButton>(QStringLiteral("nav_callback-inbox"))->isVisible());
}

void TestCallbacksPage::popupRefusesAnInvalidNumberWithoutSending()
{
    launchAs(customer());
    auto *dialog = openPopup();
    // Prefilled from the profile and read back as people write it.
    QCOMPARE(gui().input(QStringLiteral("callbackPhone")), QStringLiteral("+49301234567"));
    QCOMPARE(gui().text(QStringLiteral("callbackPhonePreview")), QStringLiteral("We will call: +49 30 1234567"));
    for (const auto *wrong : {"030 12", "+49 abc", ""}) {
        auto *edit = gui().find<QLineEdit>(QStringLiteral("callbackPhone"));
        edit->clear();
        QTest::keyClicks(edit, QString::fromLatin1(wrong));
        gui().click(QStringLiteral("callbackSend"));
        QVERIFY2(dialog->isVisible(), wrong);
        QVERIFY2(!dialog->findChild<QLabel *>(QStringLiteral("callbackPhonePreview"))->isVisible(), wrong);
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("callbackPhoneError"));
        QVERIFY2(error->isVisible() && !error->text().isEmpty(), wrong);
        QCOMPARE(edit->text(), QString::fromLatin1(wrong));
    }
    QCOMPARE(gui().text(QStringLiteral("callbackPhoneError")),
             ApiError::problemText(QStringLiteral("phone"), QStringLiteral("required")));
    QVERIFY(m_network->requestsTo("POST", kCallbacks).isEmpty());
}

void TestCallbacksPage::popupSendsOnlyTheNumberAndConfirms()
{
    launchAs(customer());
    m_network->answer("POST", kCallbacks,
                      FakeNetwork::json(202, request(QStringLiteral("cb-1"), CallbackStatus::Queued).toJson()));
    auto *dialog = openPopup();
    auto *edit = gui().find<QLineEdit>(QStringLiteral("callbackPhone"));
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("030 / 123 45 67"));
    gui().click(QStringLiteral("callbackSend"));
    QTRY_COMPARE(m_network->requestsTo("POST", kCallbacks).size(), 1);
    const auto sent = m_network->requestsTo("POST", kCallbacks).constFirst();
    // Who asks is the session's business: the body holds the number and nothing else.
    QCOMPARE(sent.json(), (QJsonObject {{QStringLiteral("phone"), QStringLiteral("+49301234567")}}));
    QVERIFY(!sent.headers.value("idempotency-key").isEmpty());
    QTRY_VERIFY(dialog->findChild<QWidget *>(QStringLiteral("callbackDone"))->isVisible());
    QVERIFY(gui().text(QStringLiteral("callbackDoneText")).contains(QLatin1String("+49 30 1234567")));
    gui().click(QStringLiteral("callbackShowList"));
    QTRY_VERIFY(m_app->window.page(QStringLiteral("callbacks"))->isVisible());
}

void TestCallbacksPage::serverRefusalsKeepTheNumber()
{
    launchAs(customer());
    auto *dialog = openPopup();
    m_network->answer("POST", kCallbacks,
                      FakeNetwork::error(422, QStringLiteral("validation_failed"),
                                         {{QStringLiteral("phone"), QStringLiteral("invalid")}}));
    gui().click(QStringLiteral("callbackSend"));
    QTRY_VERIFY(!gui().find<QPushButton>(QStringLiteral("callbackSend"))->text().contains(QLatin1String("Sending")));
    QTRY_VERIFY(gui().find<QPushButton>(QStringLiteral("callbackSend"))->isEnabled());
    QCOMPARE(gui().input(QStringLiteral("callbackPhone")), QStringLiteral("+49301234567"));
    auto limited = FakeNetwork::error(429, QStringLiteral("rate_limited"));
    limited.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "1200"));
    m_network->answer("POST", kCallbacks, limited);
    gui().click(QStringLiteral("callbackSend"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("callbackError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(dialog->isVisible());
    QCOMPARE(gui().input(QStringLiteral("callbackPhone")), QStringLiteral("+49301234567"));
    QCOMPARE(m_network->requestsTo("POST", kCallbacks).size(), 2);
}

void TestCallbacksPage::offlineRequestWaitsAndGoesOutWithTheSameKey()
{
    launchAs(customer());
    // The server is gone for every request (a route answering while another fails is no outage).
    for (const auto &[method, path] : {std::pair<QByteArray, QString>("POST", kCallbacks),
                                       {"GET", kCallbacks},
                                       {"GET", QStringLiteral("/healthz")},
                                       {"GET", QStringLiteral("/api/v1/me")}})
        m_network->answer(method, path, FakeNetwork::failure(QNetworkReply::ConnectionRefusedError));
    auto *dialog = openPopup();
    gui().click(QStringLiteral("callbackSend"));
    QTRY_VERIFY(dialog->findChild<QWidget *>(QStringLiteral("callbackDone"))->isVisible());
    QVERIFY(gui().text(QStringLiteral("callbackDoneTitle")).contains(QLatin1String("online")));
    gui().click(QStringLiteral("callbackShowList"));
    auto *waiting = m_app->window.findChild<QWidget *>(QStringLiteral("callbacksWaiting"));
    QTRY_VERIFY(waiting->isVisible());
    QTRY_COMPARE(waiting->findChildren<QWidget *>(QStringLiteral("callbackWaiting")).size(), 1);

    // The server is back: the outbox sends it once, with the key of the attempt that got no answer.
    m_network->answer("POST", kCallbacks,
                      FakeNetwork::json(202, request(QStringLiteral("cb-1"), CallbackStatus::Queued).toJson()));
    m_network->answer("GET", QStringLiteral("/healthz"), FakeNetwork::json(200, {{QStringLiteral("status"), "ok"}}));
    m_network->answer("GET", QStringLiteral("/api/v1/me"), FakeNetwork::json(200, customer().toJson()));
    m_network->answer("GET", kCallbacks,
                      FakeNetwork::json(200, page({request(QStringLiteral("cb-1"), CallbackStatus::Queued)})));
    QTRY_COMPARE_WITH_TIMEOUT(m_network->requestsTo("POST", kCallbacks).size(), 2, 30000);
    const auto attempts = m_network->requestsTo("POST", kCallbacks);
    QVERIFY(!attempts[0].headers.value("idempotency-key").isEmpty());
    QCOMPARE(attempts[1].headers.value("idempotency-key"), attempts[0].headers.value("idempotency-key"));
    QCOMPARE(attempts[1].json(), attempts[0].json());
    QTRY_VERIFY(!waiting->isVisible());
    QTRY_VERIFY(m_app->window.findChild<QWidget *>(QStringLiteral("callback_cb-1")));
}

void TestCallbacksPage::customerListShowsWhereEachRequestStands()
{
    m_network->answer("GET", kCallbacks,
                      FakeNetwork::json(200,
                                        page({request(QStringLiteral("cb-3"), CallbackStatus::Queued),
                                              request(QStringLiteral("cb-2"), CallbackStatus::Delivered),
                                              request(QStringLiteral("cb-1"), CallbackStatus::CalledBack)})));
    launchAs(customer());
    gui().click(QStringLiteral("nav_callbacks"));
    const auto status = [&](const QString &id) {
        auto *card = m_app->window.findChild<QWidget *>(QStringLiteral("callback_") + id);
        return card ? card->findChild<QLabel *>(QStringLiteral("callbackStatus"))->text() : QString();
    };
    QTRY_COMPARE(status(QStringLiteral("cb-3")), QStringLiteral("Received"));
    QCOMPARE(status(QStringLiteral("cb-2")), QStringLiteral("Passed on to the agency"));
    QCOMPARE(status(QStringLiteral("cb-1")), QStringLiteral("Called back"));
    // A customer sees no admin actions.
    QVERIFY(!m_app->window.findChild<QPushButton *>(QStringLiteral("callbackCalledBack")));
    gui().click(QStringLiteral("callbacksRequest"));
    QTRY_VERIFY(m_app->window.findChild<CallbackDialog *>(QStringLiteral("callbackDialog")));
}

void TestCallbacksPage::adminInboxCountsOpenRequestsAndMarksThemCalledBack()
{
    auto open = request(QStringLiteral("cb-2"), CallbackStatus::Delivered);
    open.deliveries = {{QStringLiteral("telegram"), QStringLiteral("delivered"), 1, {}, {}, open.deliveredAt},
                       {QStringLiteral("webhook"),
                        QStringLiteral("pending"),
                        2,
                        QStringLiteral("HTTP 503"),
                        open.createdAt.addSecs(60),
                        {}}};
    const auto queued = request(QStringLiteral("cb-3"), CallbackStatus::Queued);
    m_network->answer("GET", kInbox, FakeNetwork::json(200, page({queued, open}, 2)));
    launchAs(adminTom());
    // Counted from the start, before the page was opened.
    QTRY_COMPARE(gui().text(QStringLiteral("navBadge_callback-inbox")), QStringLiteral("2"));
    QVERIFY(!gui().find<QPushButton>(QStringLiteral("requestCallback"))->isVisible());
    gui().click(QStringLiteral("nav_callback-inbox"));
    auto *card = m_app->window.findChild<QWidget *>(QStringLiteral("callback_cb-2"));
    QTRY_VERIFY((card = m_app->window.findChild<QWidget *>(QStringLiteral("callback_cb-2"))));
    QVERIFY(
        card->findChild<QLabel *>(QStringLiteral("callbackCustomer"))->text().contains(QLatin1String("Jana Becker")));
    const auto deliveries = card->findChild<QLabel *>(QStringLiteral("callbackDeliveries"))->text();
    QVERIFY2(deliveries.contains(QLatin1String("Telegram: delivered")), qPrintable(deliveries));
    QVERIFY2(deliveries.contains(QLatin1String("HTTP 503")), qPrintable(deliveries));

    auto changed = open;
    changed.status = CallbackStatus::CalledBack;
    m_network->answer("PATCH", kInbox + QStringLiteral("/cb-2"),
                      FakeNetwork::json(200, changed.toJson(CallbackRequest::WithDeliveries)));
    m_network->answer("GET", kInbox, FakeNetwork::json(200, page({queued}, 1)));
    QTest::mouseClick(card->findChild<QPushButton *>(QStringLiteral("callbackCalledBack")), Qt::LeftButton);
    QTRY_COMPARE(m_network->requestsTo("PATCH", kInbox + QStringLiteral("/cb-2")).size(), 1);
    QCOMPARE(m_network->requestsTo("PATCH", kInbox + QStringLiteral("/cb-2")).constFirst().json(),
             (QJsonObject {{QStringLiteral("status"), QStringLiteral("called_back")}}));
    // It leaves the "Open" tab with a sentence saying so, and the badge counts one less.
    QTRY_VERIFY(!m_app->window.findChild<QWidget *>(QStringLiteral("callback_cb-2")));
    QCOMPARE(gui().text(QStringLiteral("toastText")),
             QStringLiteral("Jana Becker's request is marked as called back."));
    QTRY_COMPARE(gui().text(QStringLiteral("navBadge_callback-inbox")), QStringLiteral("1"));
    QVERIFY(m_app->window.findChild<QWidget *>(QStringLiteral("callback_cb-3")));
}

void TestCallbacksPage::adminInboxNamesTheOfferOfAnInterest()
{
    // "Interesse" on an offer of "Ihr Weg" reaches the inbox as a notice of the topic "upsell":
    // the offer's title is its note, the phone the profile's, or none.
    auto withoutPhone = request(QStringLiteral("cb-8"), CallbackStatus::Delivered, {});
    withoutPhone.phoneDisplay.clear();
    withoutPhone.topic = QStringLiteral("upsell");
    withoutPhone.note = QStringLiteral("WhatsApp-Bot");
    auto withPhone = request(QStringLiteral("cb-9"), CallbackStatus::Delivered);
    withPhone.topic = QStringLiteral("upsell");
    withPhone.note = QStringLiteral("CMS-System");
    m_network->answer("GET", kInbox, FakeNetwork::json(200, page({withoutPhone, withPhone}, 2)));
    launchAs(adminTom());
    gui().click(QStringLiteral("nav_callback-inbox"));
    QWidget *card = nullptr;
    QTRY_VERIFY((card = m_app->window.findChild<QWidget *>(QStringLiteral("callback_cb-8"))));
    QCOMPARE(card->findChild<QLabel *>(QStringLiteral("callbackNumber"))->text(),
             QStringLiteral("Interested in “WhatsApp-Bot”"));
    QCOMPARE(card->findChild<QLabel *>(QStringLiteral("callbackInterestPhone"))->text(),
             QStringLiteral("No phone number in the profile: please answer by email."));
    // The customer's email is there to answer by.
    QVERIFY(card->findChild<QLabel *>(QStringLiteral("callbackCustomer"))->text().contains(customer().email));
    auto *other = m_app->window.findChild<QWidget *>(QStringLiteral("callback_cb-9"));
    QVERIFY(other);
    QCOMPARE(other->findChild<QLabel *>(QStringLiteral("callbackNumber"))->text(),
             QStringLiteral("Interested in “CMS-System”"));
    QCOMPARE(other->findChild<QLabel *>(QStringLiteral("callbackInterestPhone"))->text(),
             QStringLiteral("Phone from the profile: +49 30 1234567"));
}

QTEST_MAIN(TestCallbacksPage)
#include "tst_callbacks_page.moc"
