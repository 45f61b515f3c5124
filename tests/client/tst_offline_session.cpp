#include "client/app/AppContext.h"
#include "client/app/Application.h"
#include "client/app/StoredSession.h"
#include "client/cache/CacheDatabase.h"
#include "client/widgets/Banner.h"

#include "CacheTestSupport.h"
#include "FakeNetwork.h"
#include "GuiDriver.h"
#include "MemoryTokenStore.h"
#include "TestAccounts.h"

#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace kp;
using namespace kp::client;
using State = Session::State;

namespace {

const QString kServer = QStringLiteral("http://127.0.0.1:9");
const QString kMe = QStringLiteral("/api/v1/me");

Account customer()
{
    return approvedJana();
}

} // namespace

// What happens to changes made offline when a session ends: the user's logout asks before it
// deletes them; a session the server ended keeps them for the same account's next login, which
// sends them with their first Idempotency-Key. FakeNetwork and an in-memory token store.
class TestOfflineSession : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void readsTheStoredSessionAndABareTokenOfEarlierVersions();
    void keepsUnsentChangesWhenTheServerEndsTheSession();
    void logoutAsksBeforeDiscardingUnsentChanges();
    void reloadsAtMostOncePerProbeWhileOneRouteIsDown();

private:
    // Restores the stored session and queues a profile edit the server cannot be reached for.
    void queueAnEditOffline();
    QString cacheFile() const { return cache::CacheDatabase::filePathFor(QUrl(kServer), customer().id); }

    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<AppContext> m_app;
};

void TestOfflineSession::initTestCase()
{
    installTranslations(QStringLiteral("en"));
}

void TestOfflineSession::init()
{
    startWithEmptyCacheFolder();
    m_network = std::make_unique<FakeNetwork>();
    auto tokens = std::make_unique<MemoryTokenStore>();
    tokens->tokens.insert(kServer, StoredSession {QStringLiteral("token-1"), customer().id}.toText());
    m_app = std::make_unique<AppContext>(QUrl(kServer), std::move(tokens), m_network.get());
    m_network->answer("GET", kMe, FakeNetwork::json(200, customer().toJson()));
    m_app->window.show();
}

void TestOfflineSession::cleanup()
{
    m_app.reset();
    m_network.reset();
}

void TestOfflineSession::readsTheStoredSessionAndABareTokenOfEarlierVersions()
{
    const StoredSession stored {QStringLiteral("abc"), QStringLiteral("acc_1")};
    const auto read = StoredSession::fromText(stored.toText());
    QCOMPARE(read.token, QStringLiteral("abc"));
    QCOMPARE(read.accountId, QStringLiteral("acc_1"));
    QCOMPARE(StoredSession::fromText(QStringLiteral("bare-token")).token, QStringLiteral("bare-token"));
    QVERIFY(StoredSession::fromText(QStringLiteral("bare-token")).accountId.isEmpty());
}

void TestOfflineSession::queueAnEditOffline()
{
    m_app->session.restore();
    QTRY_COMPARE(m_app->session.state(), State::Active);
    GuiDriver gui(m_app->window);
    gui.click(QStringLiteral("nav_profile"));
    m_network->answer("PATCH", kMe, FakeNetwork::failure(QNetworkReply::ConnectionRefusedError));
    gui.type(QStringLiteral("profileCompany"), QStringLiteral("Offline GmbH"));
    gui.click(QStringLiteral("profileSave"));
    QTRY_VERIFY(gui.find<Banner>(QStringLiteral("profileDetailsBanner"))->text().contains(QLatin1String("offline")));
    QVERIFY(QFile::exists(cacheFile()));
}

void TestOfflineSession::keepsUnsentChangesWhenTheServerEndsTheSession()
{
    queueAnEditOffline();
    // The password was changed on another computer: the next request is refused.
    m_network->answer("GET", kMe, FakeNetwork::error(401, QStringLiteral("unauthenticated")));
    m_network->answer("GET", QStringLiteral("/healthz"),
                      FakeNetwork::json(200, {{QStringLiteral("status"), QStringLiteral("ok")}}));
    m_app->session.confirm();
    QTRY_COMPARE(m_app->session.state(), State::LoggedOut);
    QTest::qWait(100);
    QVERIFY2(QFile::exists(cacheFile()), "the unsent change went with the session");

    // The same customer logs in again: the change goes out, under the key it was queued with.
    auto edited = customer();
    edited.company = QStringLiteral("Offline GmbH");
    m_network->answer("PATCH", kMe, FakeNetwork::json(200, edited.toJson()));
    m_network->answer("GET", kMe, FakeNetwork::json(200, edited.toJson()));
    m_network->answer("POST", QStringLiteral("/api/v1/auth/login"),
                      FakeNetwork::json(200,
                                        {{QStringLiteral("token"), QStringLiteral("token-2")},
                                         {QStringLiteral("expires_at"), QStringLiteral("2026-12-31T00:00:00Z")},
                                         {QStringLiteral("account"), customer().toJson()}}));
    m_app->session.login(QStringLiteral("jana@becker.de"), QStringLiteral("correct horse battery"));
    QTRY_COMPARE(m_app->session.state(), State::Active);
    QTRY_COMPARE_WITH_TIMEOUT(m_network->requestsTo("PATCH", kMe).constLast().headers.value("authorization"),
                              QByteArray("Bearer token-2"), 10000);
    // The page's own try had no key; every try of the outbox, before and after, had the same one.
    QSet<QByteArray> keys;
    for (const auto &request : m_network->requestsTo("PATCH", kMe))
        keys.insert(request.headers.value("idempotency-key"));
    keys.remove(QByteArray());
    QCOMPARE(keys.size(), 1);
}

void TestOfflineSession::logoutAsksBeforeDiscardingUnsentChanges()
{
    queueAnEditOffline();
    GuiDriver gui(m_app->window);
    gui.click(QStringLiteral("logoutButton"));
    QMessageBox *ask = nullptr;
    QTRY_VERIFY((ask = m_app->window.findChild<QMessageBox *>(QStringLiteral("unsentChangesDialog"))));
    QVERIFY(ask->text().contains(QLatin1String("1 change made offline")));
    QTest::mouseClick(ask->button(QMessageBox::Cancel), Qt::LeftButton);
    QTest::qWait(50);
    QCOMPARE(m_app->session.state(), State::Active);
    QVERIFY(QFile::exists(cacheFile()));

    gui.click(QStringLiteral("logoutButton"));
    QTRY_VERIFY((ask = m_app->window.findChild<QMessageBox *>(QStringLiteral("unsentChangesDialog"))));
    for (auto *button : ask->buttons()) {
        if (ask->buttonRole(button) == QMessageBox::DestructiveRole)
            QTest::mouseClick(button, Qt::LeftButton);
    }
    QTRY_COMPARE(m_app->session.state(), State::LoggedOut);
    QTRY_VERIFY(!QFile::exists(cacheFile()));
}

QTEST_MAIN(TestOfflineSession)
#include "tst_offline_session.moc"

void TestOfflineSession::reloadsAtMostOncePerProbeWhileOneRouteIsDown()
{
    m_app->session.restore();
    QTRY_COMPARE(m_app->session.state(), State::Active);
    // /api/v1/me cannot be reached while every other route answers: each reload's /me goes
    // offline and the page's own answer brings the app back. That must not reload again at once.
    m_network->answer("GET", kMe, FakeNetwork::failure(QNetworkReply::ConnectionRefusedError));
    m_network->answer("GET", QStringLiteral("/healthz"),
                      FakeNetwork::json(200, {{QStringLiteral("status"), QStringLiteral("ok")}}));
    const auto before = m_network->requestsTo("GET", kMe).size();
    m_app->session.confirm();
    QTest::qWait(7000); // two probe intervals and a bit
    const auto asked = m_network->requestsTo("GET", kMe).size() - before;
    qInfo("GET /api/v1/me asked %lld times in 7 s", qlonglong(asked));
    QVERIFY2(asked >= 2, "the app never tried /api/v1/me again"); // it does come back
    QVERIFY2(asked <= 4, "the app reloads in a loop");
}
