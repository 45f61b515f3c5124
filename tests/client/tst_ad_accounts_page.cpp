#include "client/app/AppContext.h"
#include "client/app/Application.h"
#include "client/dashboard/AdAccountsPage.h"
#include "client/dashboard/ConnectAdAccountDialog.h"
#include "client/widgets/Banner.h"

#include "CacheTestSupport.h"
#include "FakeNetwork.h"
#include "FakeNetworkApp.h"
#include "GuiDriver.h"
#include "TestAccounts.h"

#include <QComboBox>
#include <QJsonArray>
#include <QMessageBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace kp;
using namespace kp::client;
using State = Session::State;

namespace {

const QString kServer = QStringLiteral("http://127.0.0.1:9");
const QString kAdAccounts = QStringLiteral("/api/v1/admin/accounts/acc_jana/ad-accounts");

metrics::MetricsSource facebook(const QString &status)
{
    metrics::MetricsSource source;
    source.provider = QStringLiteral("facebook");
    source.accountId = QStringLiteral("act_1029384756");
    source.status = status;
    source.lastSyncedAt = QDateTime(QDate(2026, 12, 2), QTime(13, 3), Qt::UTC);
    if (status == QLatin1String("needs_token"))
        source.lastError = QStringLiteral("The access token has expired.");
    return source;
}

QJsonObject items(const QList<metrics::MetricsSource> &sources)
{
    QJsonArray array;
    for (const auto &source : sources)
        array.append(source.toJson());
    return {{QStringLiteral("items"), array}};
}

} // namespace

// The admin's "Werbekonten" against FakeNetwork: a customer's sources with their status and last
// error, the connect dialog's own checks (nothing sent), a server field error at its field with
// the input kept, the exact JSON sent, the token cleared after success; removing after asking; the
// CSV import's line error and count; "sync now".
class TestAdAccountsPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheCustomersSourcesWithStatus();
    void connectDialogChecksBeforeSending();
    void serverFieldErrorKeepsTheInput();
    void connectSendsTheTokenOnceAndClearsIt();
    void removeAsksFirst();
    void csvImportShowsTheRefusedLineOrTheCount();
    void syncNowQueues();
    void followsASyncUntilItEnds();

private:
    ConnectAdAccountDialog *openDialog();
    GuiDriver gui() const { return GuiDriver(m_app->window); }
    AdAccountsPage *page() const
    {
        return static_cast<AdAccountsPage *>(m_app->window.page(QStringLiteral("ad-accounts")));
    }

    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<AppContext> m_app;
};

void TestAdAccountsPage::initTestCase()
{
    installTranslations(QStringLiteral("en"));
}

void TestAdAccountsPage::init()
{
    startWithEmptyCacheFolder();
    m_network = std::make_unique<FakeNetwork>();
    m_network->answer("GET", QStringLiteral("/api/v1/me"), FakeNetwork::json(200, adminTom().toJson()));
    m_network->answer("GET", QStringLiteral("/api/v1/admin/accounts"),
                      FakeNetwork::json(200,
                                        {{QStringLiteral("items"), QJsonArray {approvedJana().toJson()}},
                                         {QStringLiteral("next_cursor"), QJsonValue::Null}}));
    m_network->answer("GET", kAdAccounts, FakeNetwork::json(200, items({facebook(QStringLiteral("needs_token"))})));
    m_app = launchWithStoredSession(*m_network, kServer, adminTom().id);
    QTRY_COMPARE(m_app->session.state(), State::Active);
    gui().click(QStringLiteral("nav_ad-accounts"));
    QTRY_VERIFY(page()->isVisible());
    auto *customers = gui().find<QComboBox>(QStringLiteral("adCustomer"));
    QTRY_COMPARE(customers->count(), 2);
    customers->setCurrentIndex(customers->findData(QStringLiteral("acc_jana")));
    QTRY_COMPARE(page()->table()->rowCount(), 1);
}

void TestAdAccountsPage::cleanup()
{
    m_app.reset();
    m_network.reset();
}

ConnectAdAccountDialog *TestAdAccountsPage::openDialog()
{
    gui().click(QStringLiteral("adConnectButton"));
    auto *dialog = page()->connectDialog();
    [&] { QTRY_VERIFY(dialog->isVisible()); }();
    return dialog;
}

void TestAdAccountsPage::showsTheCustomersSourcesWithStatus()
{
    auto *table = page()->table();
    QVERIFY(table->isVisible());
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Facebook"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("act_1029384756"));
    QCOMPARE(gui().text(QStringLiteral("adStatusBadge_0")), QStringLiteral("Renew token"));
    QCOMPARE(gui().text(QStringLiteral("adLastError_0")), QStringLiteral("The access token has expired."));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Credentials stored"));
}

void TestAdAccountsPage::connectDialogChecksBeforeSending()
{
    auto *dialog = openDialog();
    const GuiDriver form(*dialog);
    form.type(QStringLiteral("adExternalId"), QStringLiteral("act 1029384756"));
    form.click(QStringLiteral("adConnectSubmit"));
    QCOMPARE(form.text(QStringLiteral("adExternalIdError")),
             QStringLiteral("Enter the ID with \"act_\" in front, e.g. act_1234567890."));
    QCOMPARE(form.text(QStringLiteral("adTokenError")), QStringLiteral("Please enter the access token."));
    // Google Ads wants its own format and a refresh token.
    form.find<QComboBox>(QStringLiteral("adProvider"))->setCurrentIndex(1);
    form.type(QStringLiteral("adExternalId"), QStringLiteral("act_1029384756"));
    form.type(QStringLiteral("adToken"), QStringLiteral("1//0g token"));
    form.click(QStringLiteral("adConnectSubmit"));
    QCOMPARE(form.text(QStringLiteral("adExternalIdError")), QStringLiteral("Enter the customer ID as 123-456-7890."));
    QCOMPARE(form.text(QStringLiteral("adTokenError")),
             QStringLiteral("A token has no spaces or line breaks. Copy it again."));
    QTest::qWait(50);
    QVERIFY(m_network->requestsTo("PUT", kAdAccounts).isEmpty());
    QVERIFY(dialog->isVisible());
}

void TestAdAccountsPage::serverFieldErrorKeepsTheInput()
{
    m_network->answer("PUT", kAdAccounts,
                      FakeNetwork::error(422, QStringLiteral("validation_failed"),
                                         {{QStringLiteral("credentials"), QStringLiteral("invalid")}}));
    auto *dialog = openDialog();
    const GuiDriver form(*dialog);
    form.type(QStringLiteral("adExternalId"), QStringLiteral("act_1029384756"));
    form.type(QStringLiteral("adToken"), QStringLiteral("EAAB-expired"));
    form.click(QStringLiteral("adConnectSubmit"));
    QTRY_COMPARE(m_network->requestsTo("PUT", kAdAccounts).size(), 1);
    QTRY_VERIFY(!form.text(QStringLiteral("adTokenError")).isEmpty());
    QCOMPARE(
        form.text(QStringLiteral("adTokenError")),
        QStringLiteral("The platform refused this token. Check that it is current and has access to the account."));
    QCOMPARE(form.text(QStringLiteral("adExternalIdError")), QString());
    QCOMPARE(form.input(QStringLiteral("adExternalId")), QStringLiteral("act_1029384756"));
    QCOMPARE(form.input(QStringLiteral("adToken")), QStringLiteral("EAAB-expired"));
    QVERIFY(dialog->isVisible());
    QVERIFY(form.find<QPushButton>(QStringLiteral("adConnectSubmit"))->isEnabled());
}

void TestAdAccountsPage::connectSendsTheTokenOnceAndClearsIt()
{
    auto connected = facebook(QStringLiteral("syncing"));
    connected.provider = QStringLiteral("google_ads");
    connected.accountId = QStringLiteral("123-456-7890");
    m_network->answer("PUT", kAdAccounts, FakeNetwork::json(200, connected.toJson()));
    auto *dialog = openDialog();
    const GuiDriver form(*dialog);
    QCOMPARE(form.find<QLineEdit>(QStringLiteral("adToken"))->echoMode(), QLineEdit::Password);
    form.find<QComboBox>(QStringLiteral("adProvider"))->setCurrentIndex(1);
    form.type(QStringLiteral("adExternalId"), QStringLiteral("123-456-7890"));
    form.type(QStringLiteral("adToken"), QStringLiteral("1//0g-refresh"));
    const auto listsBefore = m_network->requestsTo("GET", kAdAccounts).size();
    m_network->answer("GET", kAdAccounts, FakeNetwork::json(200, items({facebook(QStringLiteral("ok")), connected})));
    form.click(QStringLiteral("adConnectSubmit"));
    QTRY_VERIFY(!dialog->isVisible());
    const auto sent = m_network->requestsTo("PUT", kAdAccounts);
    QCOMPARE(sent.size(), 1);
    const QJsonObject expected {
        {QStringLiteral("provider"), QStringLiteral("google_ads")},
        {QStringLiteral("external_id"), QStringLiteral("123-456-7890")},
        {QStringLiteral("credentials"),
         QJsonObject {{QStringLiteral("refresh_token"), QStringLiteral("1//0g-refresh")}}},
    };
    QCOMPARE(sent.constFirst().json(), expected);
    // Write-only: gone from the form, never shown in the list.
    QCOMPARE(form.input(QStringLiteral("adToken")), QString());
    QTRY_VERIFY(m_network->requestsTo("GET", kAdAccounts).size() > listsBefore);
    QTRY_COMPARE(page()->table()->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        for (int column = 0; column < page()->table()->columnCount(); ++column) {
            if (const auto *cell = page()->table()->item(row, column))
                QVERIFY(!cell->text().contains(QStringLiteral("1//0g")));
        }
    }
}

void TestAdAccountsPage::removeAsksFirst()
{
    const auto path = kAdAccounts + QStringLiteral("/facebook/act_1029384756");
    m_network->answer("DELETE", path, FakeNetwork::noContent());
    gui().click(QStringLiteral("adRemove_0"));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = page()->findChild<QMessageBox *>(QStringLiteral("adRemoveConfirmBox"))));
    QVERIFY(m_network->requestsTo("DELETE", path).isEmpty());
    m_network->answer("GET", kAdAccounts, FakeNetwork::json(200, items({})));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("adRemoveConfirm")), Qt::LeftButton);
    QTRY_COMPARE(m_network->requestsTo("DELETE", path).size(), 1);
    QTRY_VERIFY(!page()->table()->isVisible());
}

void TestAdAccountsPage::csvImportShowsTheRefusedLineOrTheCount()
{
    QTemporaryDir dir;
    const auto file = dir.filePath(QStringLiteral("linkedin.csv"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    const QByteArray csv = "date,leads,spend,clicks,impressions\n2026-12-01,3,12.50,40,900\n2026-12-02,x,1,1,1\n";
    out.write(csv);
    out.close();
    const auto importPath = QStringLiteral("/api/v1/admin/accounts/acc_jana/metrics/import");
    m_network->answer(
        "POST", importPath,
        FakeNetwork::json(
            422,
            {{QStringLiteral("error"),
              QJsonObject {{QStringLiteral("code"), QStringLiteral("validation_failed")},
                           {QStringLiteral("message"), QStringLiteral("bad row")},
                           {QStringLiteral("fields"), QJsonObject {{QStringLiteral("csv"), QStringLiteral("invalid")}}},
                           {QStringLiteral("line"), 3}}}}));
    page()->importCsv(file, QStringLiteral("LinkedIn"));
    auto *banner = gui().find<Banner>(QStringLiteral("adAccountsBanner"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("line 3")), qPrintable(banner->text()));
    const auto sent = m_network->requestsTo("POST", importPath);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.constFirst().body, csv);
    QCOMPARE(QUrlQuery(sent.constFirst().url).queryItemValue(QStringLiteral("source")), QStringLiteral("LinkedIn"));
    QCOMPARE(sent.constFirst().headers.value("content-type"), QByteArray("text/csv"));

    m_network->answer("POST", importPath,
                      FakeNetwork::json(200,
                                        {{QStringLiteral("imported"), 2},
                                         {QStringLiteral("source"), facebook(QStringLiteral("ok")).toJson()}}));
    const auto lists = m_network->requestsTo("GET", kAdAccounts).size();
    page()->importCsv(file, QStringLiteral("LinkedIn"));
    QTRY_VERIFY(m_network->requestsTo("GET", kAdAccounts).size() > lists);
    QVERIFY(!banner->isVisible());

    // A file that cannot be read is said so, and nothing is sent.
    page()->importCsv(dir.filePath(QStringLiteral("missing.csv")), QStringLiteral("LinkedIn"));
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(m_network->requestsTo("POST", importPath).size(), 2);
}

void TestAdAccountsPage::syncNowQueues()
{
    const auto path = QStringLiteral("/api/v1/admin/metrics/sync");
    m_network->answer("POST", path, FakeNetwork::json(202, {{QStringLiteral("queued"), 1}}));
    gui().click(QStringLiteral("adSyncButton"));
    QTRY_COMPARE(m_network->requestsTo("POST", path).size(), 1);
    QCOMPARE(QUrlQuery(m_network->requestsTo("POST", path).constFirst().url).queryItemValue(QStringLiteral("account")),
             QStringLiteral("acc_jana"));
}

void TestAdAccountsPage::followsASyncUntilItEnds()
{
    // "Sync now" lists the sources again while the job runs: the page reads them again by itself
    // until none says "syncing", so the result shows without the admin asking.
    m_network->answer("POST", QStringLiteral("/api/v1/admin/metrics/sync"),
                      FakeNetwork::json(202, {{QStringLiteral("queued"), 1}}));
    m_network->answer("GET", kAdAccounts, FakeNetwork::json(200, items({facebook(QStringLiteral("syncing"))})));
    gui().click(QStringLiteral("adSyncButton"));
    QTRY_COMPARE(gui().text(QStringLiteral("adStatusBadge_0")), QStringLiteral("Syncing"));
    const auto lists = m_network->requestsTo("GET", kAdAccounts).size();
    m_network->answer("GET", kAdAccounts, FakeNetwork::json(200, items({facebook(QStringLiteral("ok"))})));
    QTRY_COMPARE_WITH_TIMEOUT(gui().text(QStringLiteral("adStatusBadge_0")), QStringLiteral("OK"), 10000);
    QCOMPARE(m_network->requestsTo("GET", kAdAccounts).size(), lists + 1);
    // Nothing syncing any more: no further reads.
    QTest::qWait(3500);
    QCOMPARE(m_network->requestsTo("GET", kAdAccounts).size(), lists + 1);
}

QTEST_MAIN(TestAdAccountsPage)
#include "tst_ad_accounts_page.moc"
