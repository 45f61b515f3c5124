#include "client/app/AppContext.h"
#include "client/app/Application.h"
#include "client/app/OfflineSync.h"
#include "client/onboarding/ChecklistController.h"
#include "client/onboarding/ChecklistItemField.h"
#include "client/onboarding/ChecklistStatusController.h"
#include "client/onboarding/ChecklistStatusPage.h"
#include "client/widgets/Banner.h"

#include "CacheTestSupport.h"
#include "FakeNetwork.h"
#include "FakeNetworkApp.h"
#include "GuiDriver.h"
#include "TestAccounts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QProgressBar>
#include <QTemporaryDir>
#include <QTest>

using namespace kp;
using namespace kp::client;
using State = Session::State;

namespace {

const QString kServer = QStringLiteral("http://127.0.0.1:9");
const QString kChecklist = QStringLiteral("/api/v1/checklist");
const QString kAnswers = QStringLiteral("/api/v1/checklist/answers");
const QString kComplete = QStringLiteral("/api/v1/checklist/complete");

// As the server shows her: approved, checklist not complete yet.
Account customer()
{
    auto jana = approvedJana();
    jana.onboarding = AccountOnboarding {
        .checklistComplete = false, .checklistCompletedAt = {}, .requiredAnswered = 0, .requiredTotal = 4};
    return jana;
}

ChecklistItem item(const QString &id, const QString &label, ChecklistItemType type, bool required,
                   ChecklistOwner owner = ChecklistOwner::Customer)
{
    ChecklistItem result;
    result.id = id;
    result.label = label;
    result.help = QStringLiteral("Help for ") + label;
    result.type = type;
    result.required = required;
    result.owner = owner;
    if (type == ChecklistItemType::Choice)
        result.options = {QStringLiteral("Immobilien"), QStringLiteral("Handwerk")};
    return result;
}

// TestChecklist.h's base sheet: every type, an optional file and URL, one agency item.
QJsonObject checklistAnswer(const QJsonObject &answers = {})
{
    using T = ChecklistItemType;
    Checklist checklist;
    checklist.version = 1;
    checklist.sections = {{QStringLiteral("unternehmen"),
                           QStringLiteral("Unternehmen"),
                           {item(QStringLiteral("firma"), QStringLiteral("Firmenname"), T::Text, true),
                            item(QStringLiteral("branche"), QStringLiteral("Branche"), T::Choice, true),
                            item(QStringLiteral("logo"), QStringLiteral("Logo"), T::File, false)}},
                          {QStringLiteral("werbekonten"),
                           QStringLiteral("Werbekonten"),
                           {item(QStringLiteral("website"), QStringLiteral("Website"), T::Url, false),
                            item(QStringLiteral("start"), QStringLiteral("Wunschstart"), T::Date, true),
                            item(QStringLiteral("zugang"), QStringLiteral("Zugang freigegeben"), T::Checkbox, true),
                            item(QStringLiteral("pixel"), QStringLiteral("Pixel eingerichtet"), T::Checkbox, true,
                                 ChecklistOwner::Agency)}}};
    auto json = checklist.toJson();
    json.insert(QStringLiteral("answers"), answers);
    json.insert(QStringLiteral("files"), QJsonObject {});
    json.insert(QStringLiteral("complete"), false);
    json.insert(QStringLiteral("completed_at"), QJsonValue::Null);
    json.insert(QStringLiteral("reopened_at"), QJsonValue::Null);
    json.insert(QStringLiteral("new_item_ids"), QJsonArray {});
    json.insert(QStringLiteral("progress"),
                QJsonObject {{QStringLiteral("answered"), answers.size()},
                             {QStringLiteral("total"), 6},
                             {QStringLiteral("required_answered"), 0},
                             {QStringLiteral("required_total"), 4},
                             {QStringLiteral("agency_done"), 0},
                             {QStringLiteral("agency_total"), 1}});
    return json;
}

} // namespace

// The onboarding checklist page against FakeNetwork: the form it builds from the server's
// checklist, answers saved as typed (only what changed, after the typing pause), the server's
// field problems, the outbox when the server is away, and "Abschließen" checked locally first.
class TestChecklistPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void rendersEveryItemTypeFromTheServersChecklist();
    void savesAfterTheTypingPauseOnlyWhatChanged();
    void showsTheServersFieldProblemsInlineAndKeepsWhatWasTyped();
    void queuesAnswersInTheOutboxWhenTheServerCannotBeReached();
    void showsAnswersWaitingInTheOutboxAfterARestart();
    void completeNamesEveryMissingItemAndSendsNothing();
    void uploadsAFileWithProgressAndCancelThenAnswersTheItem();
    void refusesAFileOver20MiBBeforeSendingIt();
    void adminSyncShowsTheSheetsProblemsInPlainWords();

private:
    // The app with Jana's stored session, started and on the checklist (fails the test otherwise).
    void startApp();
    GuiDriver gui() const { return GuiDriver(m_app->window); }
    QString bannerText() const { return gui().find<Banner>(QStringLiteral("checklistBanner"))->text(); }
    QString fieldError(const QString &itemId) const
    {
        auto *label = gui().find<QLabel>(QStringLiteral("checklistError_") + itemId);
        return label->isVisible() ? label->text() : QString();
    }

    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<AppContext> m_app;
};

void TestChecklistPage::initTestCase()
{
    installTranslations(QStringLiteral("en"));
}

void TestChecklistPage::init()
{
    startWithEmptyCacheFolder();
    m_network = std::make_unique<FakeNetwork>();
    m_network->answer("GET", QStringLiteral("/api/v1/me"), FakeNetwork::json(200, customer().toJson()));
    m_network->answer("GET", kChecklist, FakeNetwork::json(200, checklistAnswer()));
    m_network->answer("PUT", kAnswers, FakeNetwork::json(200, checklistAnswer()));
    startApp();
}

void TestChecklistPage::startApp()
{
    m_app = launchWithStoredSession(*m_network, kServer, customer().id);
    QTRY_COMPARE(m_app->session.state(), State::Active);
    // A customer's session starts on the checklist.
    QTRY_VERIFY(m_app->window.findChild<QLineEdit *>(QStringLiteral("checklistItem_firma")));
    QTRY_VERIFY(gui().find<QLineEdit>(QStringLiteral("checklistItem_firma"))->isVisible());
}

void TestChecklistPage::cleanup()
{
    m_app.reset();
    m_network.reset();
}

void TestChecklistPage::rendersEveryItemTypeFromTheServersChecklist()
{
    const auto g = gui();
    QVERIFY(g.find<QComboBox>(QStringLiteral("checklistItem_branche"))->count() == 3); // "choose" + 2
    QCOMPARE(g.find<QPushButton>(QStringLiteral("checklistItem_logo"))->text(), QStringLiteral("Choose file …"));
    QVERIFY(g.find<QLineEdit>(QStringLiteral("checklistItem_website")));
    QVERIFY(g.find<QLineEdit>(QStringLiteral("checklistItem_start")));
    QVERIFY(g.find<QCheckBox>(QStringLiteral("checklistItem_zugang")));
    // The agency's item: its state, no input.
    QVERIFY(g.find<QLabel>(QStringLiteral("checklistItem_pixel"))->text().contains(QLatin1String("agency")));
    QCOMPARE(g.text(QStringLiteral("checklistProgress")), QStringLiteral("0 of 6 done"));
    QVERIFY(!m_app->window.findChild<QWidget *>(QStringLiteral("nav_onboarding"))->isHidden());
}

void TestChecklistPage::savesAfterTheTypingPauseOnlyWhatChanged()
{
    const auto g = gui();
    g.type(QStringLiteral("checklistItem_firma"), QStringLiteral("Muster GmbH"));
    QTest::qWait(ChecklistController::typingPauseMs / 2);
    QVERIFY2(m_network->requestsTo("PUT", kAnswers).isEmpty(), "sent while the customer was still typing");
    QTRY_COMPARE(m_network->requestsTo("PUT", kAnswers).size(), 1);
    QCOMPARE(m_network->requestsTo("PUT", kAnswers).constFirst().json(),
             (QJsonObject {
                 {QStringLiteral("answers"), QJsonObject {{QStringLiteral("firma"), QStringLiteral("Muster GmbH")}}}}));
    // A click goes at once, alone.
    QTest::mouseClick(g.find<QCheckBox>(QStringLiteral("checklistItem_zugang")), Qt::LeftButton, {}, QPoint(4, 4));
    QTRY_COMPARE_WITH_TIMEOUT(m_network->requestsTo("PUT", kAnswers).size(), 2, ChecklistController::typingPauseMs / 2);
    QCOMPARE(m_network->requestsTo("PUT", kAnswers).constLast().json(),
             (QJsonObject {{QStringLiteral("answers"), QJsonObject {{QStringLiteral("zugang"), true}}}}));
}

void TestChecklistPage::showsTheServersFieldProblemsInlineAndKeepsWhatWasTyped()
{
    m_network->answer("PUT", kAnswers,
                      FakeNetwork::error(422, QStringLiteral("validation_failed"),
                                         {{QStringLiteral("firma"), QStringLiteral("invalid_characters")}}));
    const auto g = gui();
    g.type(QStringLiteral("checklistItem_firma"), QStringLiteral("Muster GmbH"));
    QTRY_VERIFY(!fieldError(QStringLiteral("firma")).isEmpty());
    QCOMPARE(fieldError(QStringLiteral("firma")), QStringLiteral("This contains characters that are not allowed."));
    QCOMPARE(g.input(QStringLiteral("checklistItem_firma")), QStringLiteral("Muster GmbH"));
    QVERIFY(bannerText().contains(QLatin1String("Firmenname")));
    // A URL the shared rules refuse is said while typing and not sent.
    const int sent = int(m_network->requestsTo("PUT", kAnswers).size());
    g.type(QStringLiteral("checklistItem_website"), QStringLiteral("www.muster"));
    QVERIFY(fieldError(QStringLiteral("website")).contains(QLatin1String("https://")));
    QTest::qWait(ChecklistController::typingPauseMs + 200);
    QCOMPARE(m_network->requestsTo("PUT", kAnswers).size(), sent);
}

void TestChecklistPage::queuesAnswersInTheOutboxWhenTheServerCannotBeReached()
{
    m_network->answer("PUT", kAnswers, FakeNetwork::failure(QNetworkReply::ConnectionRefusedError));
    m_network->answer("GET", QStringLiteral("/healthz"), FakeNetwork::failure(QNetworkReply::ConnectionRefusedError));
    gui().type(QStringLiteral("checklistItem_firma"), QStringLiteral("Offline GmbH"));
    QTRY_VERIFY(bannerText().contains(QLatin1String("cannot be reached")));
    auto *offline = m_app->window.findChild<OfflineSync *>();
    QVERIFY(offline);
    const auto unsent = awaitResult<int>([&](std::function<void(int)> done) { offline->countUnsent(this, done); });
    QCOMPARE(unsent, 1);
    QCOMPARE(gui().input(QStringLiteral("checklistItem_firma")), QStringLiteral("Offline GmbH"));

    // The server is back: the outbox sends the answer once, with its key, and the page shows the
    // server's figures again.
    const auto answered = checklistAnswer({{QStringLiteral("firma"), QStringLiteral("Offline GmbH")}});
    m_network->answer("GET", QStringLiteral("/healthz"),
                      FakeNetwork::json(200, {{QStringLiteral("status"), QStringLiteral("ok")}}));
    m_network->answer("PUT", kAnswers, FakeNetwork::json(200, answered));
    m_network->answer("GET", kChecklist, FakeNetwork::json(200, answered));
    QTRY_COMPARE_WITH_TIMEOUT(gui().text(QStringLiteral("checklistProgress")), QStringLiteral("1 of 6 done"), 10000);
    QList<QByteArray> keys;
    for (const auto &request : m_network->requestsTo("PUT", kAnswers)) {
        if (!request.headers.value("idempotency-key").isEmpty())
            keys.append(request.headers.value("idempotency-key"));
    }
    QCOMPARE(keys.size(), 1);
    QCOMPARE(gui().input(QStringLiteral("checklistItem_firma")), QStringLiteral("Offline GmbH"));
}

void TestChecklistPage::showsAnswersWaitingInTheOutboxAfterARestart()
{
    m_network->answer("PUT", kAnswers, FakeNetwork::failure(QNetworkReply::ConnectionRefusedError));
    m_network->answer("GET", QStringLiteral("/healthz"), FakeNetwork::failure(QNetworkReply::ConnectionRefusedError));
    gui().type(QStringLiteral("checklistItem_firma"), QStringLiteral("Offline GmbH"));
    QTRY_VERIFY(bannerText().contains(QLatin1String("cannot be reached")));

    auto *offline = m_app->window.findChild<OfflineSync *>();
    QCOMPARE(awaitResult<int>([&](std::function<void(int)> done) { offline->countUnsent(this, done); }), 1);

    // Quit and start again while the answer still cannot be sent: the server's checklist has no
    // answer yet, the outbox has it, and the field shows what the customer typed.
    m_app.reset();
    startApp();
    QTRY_COMPARE(gui().input(QStringLiteral("checklistItem_firma")), QStringLiteral("Offline GmbH"));
    QVERIFY(m_network->requestsTo("PUT", kAnswers).size() >= 1);
}

void TestChecklistPage::completeNamesEveryMissingItemAndSendsNothing()
{
    gui().click(QStringLiteral("checklistComplete"));
    const auto banner = bannerText();
    for (const auto *label : {"Firmenname", "Branche", "Wunschstart", "Zugang freigegeben"})
        QVERIFY2(banner.contains(QLatin1String(label)), qPrintable(banner));
    // Optional items and the agency's are not the customer's to finish.
    QVERIFY(!banner.contains(QLatin1String("Logo")));
    QVERIFY(!banner.contains(QLatin1String("Pixel")));
    QCOMPARE(fieldError(QStringLiteral("start")), QStringLiteral("Please fill in this field."));
    QCOMPARE(fieldError(QStringLiteral("zugang")), QStringLiteral("Please tick this once it is done."));
    QTest::qWait(100);
    QVERIFY(m_network->requestsTo("POST", kComplete).isEmpty());
    QVERIFY(m_network->requestsTo("PUT", kAnswers).isEmpty());
}

// The file dialog is the platform's; the test hands the field a path as the dialog would.
static ChecklistItemField *chooseFile(QWidget &window, const QString &itemId, const QString &path)
{
    auto *field = window.findChild<ChecklistItemField *>(QStringLiteral("checklistField_") + itemId);
    emit field->fileChosen(path);
    return field;
}

void TestChecklistPage::uploadsAFileWithProgressAndCancelThenAnswersTheItem()
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("Vertrag.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("%PDF-1.4\n") + QByteArray(4096, 'x'));
    file.close();
    const auto upload = QStringLiteral("/api/v1/checklist/files/logo");
    const auto g = gui();

    // Half way, the customer thinks better of it.
    m_network->answer("PUT", upload, FakeNetwork::hanging());
    chooseFile(m_app->window, QStringLiteral("logo"), path);
    auto *bar = g.find<QProgressBar>(QStringLiteral("checklistUpload_logo"));
    QTRY_VERIFY(qAbs(bar->value() - 500) <= 1); // half of the bytes sent
    QVERIFY(bar->isVisible());
    g.click(QStringLiteral("checklistUploadCancel_logo"));
    QCOMPARE(m_network->aborted, 1);
    QVERIFY(!bar->isVisible());

    // Again, to the end: the name travels in the query, the file's value becomes the answer.
    const QJsonObject stored {{QStringLiteral("value"), QString(64, QLatin1Char('a'))},
                              {QStringLiteral("name"), QStringLiteral("Vertrag.pdf")},
                              {QStringLiteral("size"), 4105},
                              {QStringLiteral("content_type"), QStringLiteral("application/pdf")}};
    m_network->answer("PUT", upload, FakeNetwork::json(200, stored));
    chooseFile(m_app->window, QStringLiteral("logo"), path);
    QTRY_VERIFY(g.text(QStringLiteral("checklistFile_logo")).startsWith(QLatin1String("Vertrag.pdf (")));
    const auto sent = m_network->requestsTo("PUT", upload).constLast();
    QCOMPARE(sent.url.query(), QStringLiteral("name=Vertrag.pdf"));
    QCOMPARE(sent.headers.value("content-type"), QByteArray("application/pdf"));
    QTRY_COMPARE(m_network->requestsTo("PUT", kAnswers).size(), 1);
    QCOMPARE(m_network->requestsTo("PUT", kAnswers).constFirst().json(),
             (QJsonObject {
                 {QStringLiteral("answers"), QJsonObject {{QStringLiteral("logo"), QString(64, QLatin1Char('a'))}}}}));
}

void TestChecklistPage::refusesAFileOver20MiBBeforeSendingIt()
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("Film.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(21 * 1024 * 1024)); // sparse: nothing is written
    file.close();
    chooseFile(m_app->window, QStringLiteral("logo"), path);
    QTRY_VERIFY(fieldError(QStringLiteral("logo")).contains(QLatin1String("at most")));
    QVERIFY(m_network->requestsTo("PUT", QStringLiteral("/api/v1/checklist/files/logo")).isEmpty());
}

void TestChecklistPage::adminSyncShowsTheSheetsProblemsInPlainWords()
{
    const QJsonObject failed {
        {QStringLiteral("source"), QStringLiteral("sheet")},
        {QStringLiteral("version"), 3},
        {QStringLiteral("published_at"), QStringLiteral("2026-12-01T09:00:00Z")},
        {QStringLiteral("last_read_at"), QStringLiteral("2026-12-05T07:00:00Z")},
        {QStringLiteral("sheet_modified_at"), QJsonValue::Null},
        {QStringLiteral("sheet"), QStringLiteral("sheet-1")},
        {QStringLiteral("outcome"), QStringLiteral("failed")},
        {QStringLiteral("last_error"),
         QJsonObject {{QStringLiteral("code"), QStringLiteral("invalid_sheet")},
                      {QStringLiteral("message"), QStringLiteral("The sheet has problems")},
                      {QStringLiteral("problems"),
                       QJsonArray {QJsonObject {{QStringLiteral("code"), QStringLiteral("duplicate_item_id")},
                                                {QStringLiteral("row"), 14},
                                                {QStringLiteral("value"), QStringLiteral("logo")}}}}}},
    };
    m_network->answer("GET", QStringLiteral("/api/v1/admin/checklist/status"), FakeNetwork::json(200, failed));
    m_network->answer("POST", QStringLiteral("/api/v1/admin/checklist/sync"), FakeNetwork::json(200, failed));
    ChecklistStatusPage page;
    auto *controller = new ChecklistStatusController(page, m_app->api);
    controller->refresh();
    GuiDriver gui(page);
    QTRY_COMPARE(gui.text(QStringLiteral("checklistStatusVersion")), QStringLiteral("3"));
    QVERIFY(gui.text(QStringLiteral("checklistStatusLastError"))
                .contains(QStringLiteral("Row 14: the item_id “logo” is used twice")));
    gui.click(QStringLiteral("checklistSync"));
    QTRY_VERIFY(gui.find<Banner>(QStringLiteral("checklistStatusBanner"))
                    ->text()
                    .contains(QLatin1String("last good version stays live")));
    QCOMPARE(m_network->requestsTo("POST", QStringLiteral("/api/v1/admin/checklist/sync")).size(), 1);
    // No sheet configured: the admin is told to import a CSV instead.
    m_network->answer("POST", QStringLiteral("/api/v1/admin/checklist/sync"),
                      FakeNetwork::error(503, QStringLiteral("unavailable"),
                                         {{QStringLiteral("source"), QStringLiteral("not_configured")}}));
    gui.click(QStringLiteral("checklistSync"));
    QTRY_VERIFY(gui.find<Banner>(QStringLiteral("checklistStatusBanner"))->text().contains(QLatin1String("CSV")));
}

QTEST_MAIN(TestChecklistPage)
#include "tst_checklist_page.moc"
