#include "client/app/AppContext.h"
#include "client/app/Application.h"
#include "client/onboarding/ChecklistItemField.h"
#include "client/onboarding/ChecklistStatusPage.h"
#include "client/widgets/Banner.h"

#include "FakeGoogleServer.h"
#include "GuiDriver.h"
#include "LaunchApp.h"
#include "ServerFixture.h"
#include "TestChecklist.h"

#include <QFile>
#include <QJsonDocument>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kp::client;

// The agency edits its Google Sheet and the customers see it, through the real widgets: the real
// server reads FakeGoogle (service account, Drive, Sheets in Google's wire format); a customer's
// checklist page shows the sheet's items; a new required item in the sheet reaches the open app
// after a sync; a customer who had completed the checklist finds it reopened with a notice naming
// the new item. And the admin's side: a refused CSV import names every problem in plain words and
// keeps the chosen file for a second try. One server and one fake Google for the suite; each test
// adds its own item to the sheet and makes its own customers.
class TestChecklistSheetChange : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void aNewRequiredItemInTheSheetAppearsOnTheOpenChecklistAfterASync();
    void aCompletedChecklistReopensWithANoticeNamingTheNewItem();
    void aRefusedCsvImportNamesEveryProblemAndImportsTheFixedFileAgain();

private:
    // Adds a required text item to the fake sheet and has the server read it now.
    void addRequiredItemAndSync(const QString &id, const QString &label);
    std::unique_ptr<AppContext> logIn(const QString &email, const QString &computer);
    // Opens the page like a click in the sidebar does (which loads it anew).
    static void openPage(AppContext &app, const QString &id);
    static QString currentPage(AppContext &app)
    {
        return GuiDriver(app.window).find<QStackedWidget>(QStringLiteral("contentArea"))->currentWidget()->objectName();
    }
    // The label above an item's input as the customer reads it (rich text: a required item ends in "*").
    static QString fieldLabel(AppContext &app, const QString &itemId);
    static QString bannerText(AppContext &app, const QString &name)
    {
        auto *banner = GuiDriver(app.window).find<Banner>(name);
        return banner->isVisible() ? banner->text() : QString();
    }

    QTemporaryDir m_keys;
    TestServiceAccount m_account;
    FakeGoogle m_google;
    QList<QStringList> m_rows = testchecklist::baseSheetRows();
    ServerFixture m_fixture;
};

static const QString kPassword = QStringLiteral("correct horse battery");

void TestChecklistSheetChange::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QStringLiteral("en"));
    m_account = TestServiceAccount::create(m_keys.path());
    m_google.addServiceAccount(m_account.clientEmail, m_account.publicKeyPem);
    m_google.shareWith(m_account.clientEmail);
    m_google.setRows(m_rows);
    QVERIFY(m_google.start());
    auto settings = fakeGoogleSettings(m_google, m_account);
    settings.insert(QStringLiteral("security/register_per_hour"), QStringLiteral("1000"));
    QVERIFY2(m_fixture.start(settings), qPrintable(m_fixture.error()));
    // The periodic job reads the sheet once at start.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_fixture.http->get(QStringLiteral("/api/v1/admin/checklist/status"), m_fixture.adminToken)
            .json.value(QLatin1String("version"))
            .toInt(),
        1, 20000);
}

void TestChecklistSheetChange::cleanupTestCase()
{
    QCOMPARE(m_fixture.stop(), 0);
}

void TestChecklistSheetChange::cleanup()
{
    KP_VERIFY_API_CONTRACT();
}

void TestChecklistSheetChange::addRequiredItemAndSync(const QString &id, const QString &label)
{
    m_rows.append({QStringLiteral("Neu"), id, label, QStringLiteral("text"), QStringLiteral("ja")});
    m_google.setRows(m_rows);
    const auto synced = m_fixture.http->post(QStringLiteral("/api/v1/admin/checklist/sync"), {}, m_fixture.adminToken);
    QCOMPARE(synced.status, 200);
    QCOMPARE(synced.json.value(QLatin1String("outcome")).toString(), QStringLiteral("published"));
}

std::unique_ptr<AppContext> TestChecklistSheetChange::logIn(const QString &email, const QString &computer)
{
    if (m_fixture.approvedCustomer(email).token.isEmpty())
        return nullptr;
    return launchAndLogIn(*m_fixture.server, email, kPassword, computer);
}

void TestChecklistSheetChange::openPage(AppContext &app, const QString &id)
{
    GuiDriver(app.window).click(QStringLiteral("nav_") + id);
}

QString TestChecklistSheetChange::fieldLabel(AppContext &app, const QString &itemId)
{
    auto *field = GuiDriver(app.window).find<ChecklistItemField>(QStringLiteral("checklistField_") + itemId);
    for (auto *label : field->findChildren<QLabel *>()) {
        if (label->property("role").toString() == QLatin1String("fieldLabel"))
            return label->text();
    }
    return {};
}

void TestChecklistSheetChange::aNewRequiredItemInTheSheetAppearsOnTheOpenChecklistAfterASync()
{
    auto app = logIn(QStringLiteral("offen@muster.de"), QStringLiteral("sheet-pc-1"));
    QVERIFY(app);
    // The sheet's checklist: its items, its count of the customer's items.
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(*app), QStringLiteral("checklistPage"), 10000);
    GuiDriver gui(app->window);
    QTRY_COMPARE_WITH_TIMEOUT(gui.text(QStringLiteral("checklistProgress")), QStringLiteral("0 of 6 done"), 10000);
    QVERIFY(fieldLabel(*app, QStringLiteral("firma")).startsWith(QLatin1String("Firmenname")));
    QVERIFY(!app->window.findChild<QWidget *>(QStringLiteral("checklistField_telefon")));

    addRequiredItemAndSync(QStringLiteral("telefon"), QStringLiteral("Telefon für Rückfragen"));

    // Elsewhere and back to the checklist: the new item is there, marked required, and counted.
    openPage(*app, QStringLiteral("profile"));
    QTRY_COMPARE(currentPage(*app), QStringLiteral("profilePage"));
    openPage(*app, QStringLiteral("onboarding"));
    QTRY_VERIFY_WITH_TIMEOUT(app->window.findChild<QWidget *>(QStringLiteral("checklistField_telefon")), 10000);
    const auto label = fieldLabel(*app, QStringLiteral("telefon"));
    QVERIFY2(label.startsWith(QStringLiteral("Telefon für Rückfragen")) && label.contains(QLatin1Char('*')),
             qPrintable(label));
    // The field exists before the rebuilt page is shown: its input becomes visible a moment later.
    QTRY_VERIFY(gui.find<QLineEdit>(QStringLiteral("checklistItem_telefon"))->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(gui.text(QStringLiteral("checklistProgress")), QStringLiteral("0 of 7 done"), 10000);
    // Nothing was completed, so nothing was reopened: no "new items" notice.
    QVERIFY2(!bannerText(*app, QStringLiteral("checklistBanner")).contains(QLatin1String("new items")),
             qPrintable(bannerText(*app, QStringLiteral("checklistBanner"))));
}

void TestChecklistSheetChange::aCompletedChecklistReopensWithANoticeNamingTheNewItem()
{
    const auto email = QStringLiteral("fertig@muster.de");
    const auto customer = m_fixture.approvedCustomer(email);
    QVERIFY(!customer.token.isEmpty());
    // Every required item the sheet has now (the base sheet's and those other tests added), then
    // "Abschließen".
    auto answers = testchecklist::allRequiredAnswers();
    const auto added = m_rows.size() - testchecklist::baseSheetRows().size();
    for (const auto &row : m_rows.mid(testchecklist::baseSheetRows().size()))
        answers.insert(row.at(1), QStringLiteral("Antwort"));
    QCOMPARE(m_fixture.http
                 ->send(QStringLiteral("PUT"), QStringLiteral("/api/v1/checklist/answers"),
                        QJsonDocument(QJsonObject {{QStringLiteral("answers"), answers}}).toJson(),
                        QStringLiteral("application/json"), customer.token)
                 .status,
             200);
    QCOMPARE(m_fixture.http->post(QStringLiteral("/api/v1/checklist/complete"), {}, customer.token).status, 200);

    auto app = launchAndLogIn(*m_fixture.server, email, kPassword, QStringLiteral("sheet-pc-2"));
    QVERIFY(app);
    // Done: the app opens the dashboard.
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(*app), QStringLiteral("dashboardPage"), 10000);
    GuiDriver gui(app->window);
    QVERIFY(gui.find<QPushButton>(QStringLiteral("nav_home"))->toolTip().isEmpty());

    addRequiredItemAndSync(QStringLiteral("ust_id"), QStringLiteral("Umsatzsteuer-ID"));

    openPage(*app, QStringLiteral("profile"));
    QTRY_COMPARE(currentPage(*app), QStringLiteral("profilePage"));
    openPage(*app, QStringLiteral("onboarding"));
    // Reopened: the form with the new item and "Abschließen" again, and a notice naming it.
    QTRY_VERIFY_WITH_TIMEOUT(app->window.findChild<QWidget *>(QStringLiteral("checklistField_ust_id")), 10000);
    QTRY_VERIFY(!gui.find<QWidget>(QStringLiteral("checklistCompletedCard"))->isVisible());
    QVERIFY(gui.find<QPushButton>(QStringLiteral("checklistComplete"))->isVisible());
    QCOMPARE(currentPage(*app), QStringLiteral("checklistPage"));
    QCOMPARE(bannerText(*app, QStringLiteral("checklistBanner")),
             QStringLiteral("The agency added new items to the checklist: Umsatzsteuer-ID."));
    QCOMPARE(gui.input(QStringLiteral("checklistItem_firma")), QStringLiteral("Muster GmbH"));
    // The base sheet's four required answers and the earlier additions' count; the new one does not.
    QCOMPARE(gui.text(QStringLiteral("checklistProgress")),
             QStringLiteral("%1 of %2 done").arg(4 + added).arg(6 + added + 1));
    // And the overview is closed again until the new item is answered.
    QTRY_COMPARE(gui.find<QPushButton>(QStringLiteral("nav_home"))->toolTip(),
                 QStringLiteral("Opens once the onboarding checklist is complete."));
}

void TestChecklistSheetChange::aRefusedCsvImportNamesEveryProblemAndImportsTheFixedFileAgain()
{
    auto app = launchAndLogIn(*m_fixture.server, ServerFixture::adminEmail, ServerFixture::adminPassword,
                              QStringLiteral("sheet-admin"));
    QVERIFY(app);
    openPage(*app, QStringLiteral("checklist-status"));
    GuiDriver gui(app->window);
    auto *page = gui.find<ChecklistStatusPage>(QStringLiteral("checklistStatusPage"));
    QTRY_COMPARE_WITH_TIMEOUT(gui.text(QStringLiteral("checklistStatusSource")), QStringLiteral("Google Sheet"), 10000);
    const auto liveVersion = gui.text(QStringLiteral("checklistStatusVersion"));

    // The base sheet and, from row 9 on, four mistakes in three rows.
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("checkliste.csv"));
    const QByteArray mistakes = "Werbekonten,budget,Monatsbudget,slider,ja,,,,\n"
                                "Werbekonten,firma,Firmenname doppelt,text,vielleicht,,,,\n"
                                "Werbekonten,farbe,Lieblingsfarbe,choice,nein,,,,\n";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(testchecklist::baseSheetCsv + mistakes);
    file.close();
    page->chooseFile(path); // what the file dialog does

    const auto banner = QStringLiteral("checklistStatusBanner");
    QTRY_VERIFY_WITH_TIMEOUT(bannerText(*app, banner).contains(QLatin1String("was not published")), 10000);
    const auto shown = bannerText(*app, banner);
    const QStringList expected {
        QStringLiteral("“checkliste.csv” was not published"),
        QStringLiteral("• Row 9, column type: unknown type “slider”"),
        QStringLiteral("• Row 10, column item_id: the item_id “firma” is used twice"),
        QStringLiteral("• Row 10, column required: “vielleicht” is neither yes nor no"),
        QStringLiteral("• Row 11, column options: a choice needs options, separated by “;”"),
    };
    for (const auto &sentence : expected)
        QVERIFY2(shown.contains(sentence), qPrintable(QStringLiteral("missing “%1” in:\n%2").arg(sentence, shown)));
    QCOMPARE(shown.count(QStringLiteral("\n• ")), 4);
    // Nothing was published; the file stays chosen for the next try.
    QCOMPARE(gui.text(QStringLiteral("checklistStatusVersion")), liveVersion);
    QCOMPARE(page->chosenFile(), path);
    auto *again = gui.find<QPushButton>(QStringLiteral("checklistImportAgain"));
    QVERIFY(again->isVisible());

    // Fixed in place, imported again without choosing it again.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(testchecklist::baseSheetCsv
               + "Werbekonten,budget,Monatsbudget,text,ja,,,,\n"
                 "Werbekonten,farbe,Lieblingsfarbe,choice,nein,Rot;Blau,,,\n");
    file.close();
    QTRY_VERIFY(again->isEnabled());
    QTest::mouseClick(again, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(bannerText(*app, banner).contains(QLatin1String("is published")), 10000);
    QVERIFY(!again->isVisible());
    QTRY_COMPARE(gui.text(QStringLiteral("checklistStatusSource")), QStringLiteral("CSV file"));
    QVERIFY(gui.text(QStringLiteral("checklistStatusVersion")) != liveVersion);
}

QTEST_MAIN(TestChecklistSheetChange)
#include "tst_checklist_sheet_change.moc"
