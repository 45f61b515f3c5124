#include "client/app/AppContext.h"
#include "client/app/Application.h"
#include "client/widgets/Banner.h"

#include "FakeNetwork.h"
#include "GuiDriver.h"
#include "MemoryTokenStore.h"

#include <QJsonArray>
#include <QTest>

using namespace kp;
using namespace kp::client;
using State = Session::State;

namespace {

const QString kServer = QStringLiteral("http://127.0.0.1:9");

Account admin()
{
    Account account;
    account.id = QStringLiteral("acc_admin");
    account.email = QStringLiteral("admin@agentur.de");
    account.name = QStringLiteral("Sabine Krüger");
    account.company = QStringLiteral("Leadwerk");
    account.role = AccountRole::Admin;
    account.status = AccountStatus::Approved;
    account.createdAt = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    return account;
}

} // namespace

// One place turns `401 unauthenticated` into the return to the login page, from any page, with a
// sentence saying why; without a server (FakeNetwork) and without a keyring (MemoryTokenStore).
class TestSessionEnded : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void returnsToLoginWithTheReasonFromAnyPage();
    void aStoredSessionTheServerNoLongerKnowsIsForgotten();

private:
    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<AppContext> m_app;
    MemoryTokenStore *m_tokens = nullptr;
};

void TestSessionEnded::initTestCase()
{
    installTranslations(QStringLiteral("en"));
}

void TestSessionEnded::init()
{
    m_network = std::make_unique<FakeNetwork>();
    auto tokens = std::make_unique<MemoryTokenStore>();
    m_tokens = tokens.get();
    m_tokens->tokens.insert(kServer, QStringLiteral("stored-token"));
    m_app = std::make_unique<AppContext>(QUrl(kServer), std::move(tokens), m_network.get());
    m_network->answer("GET", QStringLiteral("/api/v1/me"), FakeNetwork::json(200, admin().toJson()));
    m_network->answer("GET", QStringLiteral("/api/v1/admin/accounts"),
                      FakeNetwork::json(200, {{QStringLiteral("items"), QJsonArray {}}}));
    m_app->window.show();
}

void TestSessionEnded::cleanup()
{
    m_app.reset();
    m_network.reset();
}

void TestSessionEnded::returnsToLoginWithTheReasonFromAnyPage()
{
    m_app->session.restore();
    QTRY_COMPARE(m_app->session.state(), State::Active);
    GuiDriver gui(m_app->window);
    auto *banner = gui.find<Banner>(QStringLiteral("loginBanner"));

    // The session ends elsewhere; the next request of whatever page is open learns it.
    m_network->answer("GET", QStringLiteral("/api/v1/admin/accounts"),
                      FakeNetwork::error(401, QStringLiteral("unauthenticated")));
    gui.click(QStringLiteral("nav_approvals"));
    QTRY_COMPARE(m_app->session.state(), State::LoggedOut);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("ended on another device")), qPrintable(banner->text()));
    QVERIFY(m_app->session.account().id.isEmpty());
    // The token is of no use any more and is not sent again.
    QVERIFY(!m_tokens->tokens.contains(kServer));
    QVERIFY(!m_app->api.hasToken());
}

void TestSessionEnded::aStoredSessionTheServerNoLongerKnowsIsForgotten()
{
    m_network->answer("GET", QStringLiteral("/api/v1/me"), FakeNetwork::error(401, QStringLiteral("unauthenticated")));
    m_app->session.restore();
    QTRY_COMPARE(m_app->session.state(), State::LoggedOut);
    QTRY_VERIFY(!m_tokens->tokens.contains(kServer));
    QVERIFY(GuiDriver(m_app->window).find<Banner>(QStringLiteral("loginBanner"))->isVisible());
}

QTEST_MAIN(TestSessionEnded)
#include "tst_session_ended.moc"
