#include "client/admin/ApprovalsPage.h"
#include "client/api/ApiClient.h"
#include "client/app/Application.h"
#include "client/widgets/StatePanel.h"

#include "FakeNetwork.h"
#include "GuiDriver.h"

#include <QJsonArray>
#include <QTabBar>
#include <QTest>

using namespace kp;
using namespace kp::client;

namespace {

const QString kAccounts = QStringLiteral("/api/v1/admin/accounts");

QJsonObject account(const QString &id)
{
    Account a;
    a.id = id;
    a.email = id + QStringLiteral("@example.de");
    a.name = QStringLiteral("Name ") + id;
    a.company = QStringLiteral("Firma");
    a.createdAt = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    return a.toJson();
}

FakeNetwork::Answer page(const QStringList &ids, const QString &nextCursor = {})
{
    QJsonArray items;
    for (const auto &id : ids)
        items.append(account(id));
    return FakeNetwork::json(200,
                             {{QStringLiteral("items"), items},
                              {QStringLiteral("next_cursor"),
                               nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(nextCursor)}});
}

} // namespace

// RemoteListController through the approvals page: loading, paging, empty, error, offline, and
// late answers for a tab the admin left.
class TestRemoteList : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loadsMorePagesWithTheCursor();
    void showsTheEmptyStateOfTheTab();
    void retriesAfterAnError();
    void saysWhenTheServerCannotBeReached();
    void dropsTheAnswerForATabTheAdminLeft();

private:
    int cards() const
    {
        return int(m_page->findChildren<QWidget *>(QRegularExpression(QStringLiteral("^registration_"))).size());
    }
    StatePanel *statePanel() const { return m_page->findChild<StatePanel *>(); }

    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<ApprovalsPage> m_page;
};

void TestRemoteList::initTestCase()
{
    installTranslations(QStringLiteral("en"));
}

void TestRemoteList::init()
{
    m_network = std::make_unique<FakeNetwork>();
    m_api = std::make_unique<ApiClient>(nullptr, m_network.get());
    m_api->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
    m_api->setToken(QStringLiteral("admin-token"));
    m_page = std::make_unique<ApprovalsPage>(*m_api);
    m_page->resize(1000, 700);
    m_page->show();
}

void TestRemoteList::cleanup()
{
    m_page.reset();
    m_api.reset();
    m_network.reset();
}

void TestRemoteList::loadsMorePagesWithTheCursor()
{
    m_network->answer("GET", kAccounts, page({QStringLiteral("a1"), QStringLiteral("a2")}, QStringLiteral("next-1")));
    m_page->reload();
    QTRY_COMPARE(cards(), 2);
    GuiDriver gui(*m_page);
    QVERIFY(gui.find<QPushButton>(QStringLiteral("approvalsMore"))->isVisible());
    QVERIFY(!statePanel()->isVisible());

    m_network->answer("GET", kAccounts, page({QStringLiteral("a3")}));
    gui.click(QStringLiteral("approvalsMore"));
    QTRY_COMPARE(cards(), 3);
    QCOMPARE(m_network->requests.last().url.query(), QStringLiteral("status=pending&cursor=next-1"));
    QVERIFY(!gui.find<QPushButton>(QStringLiteral("approvalsMore"))->isVisible());
}

void TestRemoteList::showsTheEmptyStateOfTheTab()
{
    m_network->answer("GET", kAccounts, page({}));
    m_page->reload();
    QTRY_COMPARE(statePanel()->title(), QStringLiteral("All caught up"));
    QVERIFY(statePanel()->isVisible());
    GuiDriver(*m_page).find<QTabBar>(QStringLiteral("approvalsTabs"))->setCurrentIndex(1);
    QTRY_COMPARE(statePanel()->title(), QStringLiteral("No approved customers yet"));
}

void TestRemoteList::retriesAfterAnError()
{
    m_network->answer("GET", kAccounts, FakeNetwork::error(500, QStringLiteral("internal")));
    m_page->reload();
    QTRY_COMPARE(statePanel()->title(), QStringLiteral("That did not work"));
    QCOMPARE(cards(), 0);

    m_network->answer("GET", kAccounts, page({QStringLiteral("a1")}));
    const auto retry = statePanel()->findChildren<QPushButton *>();
    QCOMPARE(retry.size(), 1);
    QTest::mouseClick(retry.first(), Qt::LeftButton);
    QTRY_COMPARE(cards(), 1);
    QCOMPARE(m_network->requestsTo("GET", kAccounts).size(), 2);
}

void TestRemoteList::saysWhenTheServerCannotBeReached()
{
    m_network->answer("GET", kAccounts, FakeNetwork::failure(QNetworkReply::HostNotFoundError));
    m_page->reload();
    QTRY_VERIFY(statePanel()->isVisible() && statePanel()->findChildren<QPushButton *>().first()->isVisible());
    const auto texts = statePanel()->findChildren<QLabel *>();
    const bool saysUnreachable = std::any_of(texts.begin(), texts.end(), [](const QLabel *label) {
        return label->text().contains(QLatin1String("cannot be reached"));
    });
    QVERIFY(saysUnreachable);
}

void TestRemoteList::dropsTheAnswerForATabTheAdminLeft()
{
    m_network->answer("GET", kAccounts, FakeNetwork::hanging());
    m_page->reload(); // the waiting registrations, slow to come
    auto *tabs = GuiDriver(*m_page).find<QTabBar>(QStringLiteral("approvalsTabs"));
    m_network->answer("GET", kAccounts, page({QStringLiteral("approved1")}));
    tabs->setCurrentIndex(1); // the admin moves on to the approved ones
    QTRY_COMPARE(cards(), 1);
    // The pending tab's answer arrives late and must not mix into the approved list.
    m_network->release("GET", kAccounts, page({QStringLiteral("pending1"), QStringLiteral("pending2")}));
    QTRY_VERIFY(m_api->findChildren<ApiCall *>().isEmpty());
    QCOMPARE(cards(), 1);
    QVERIFY(m_page->findChild<QWidget *>(QStringLiteral("registration_approved1")));
}

QTEST_MAIN(TestRemoteList)
#include "tst_remote_list.moc"
