#include "client/app/AppContext.h"
#include "client/app/Application.h"
#include "client/onboarding/ChecklistController.h"
#include "client/onboarding/ChecklistItemField.h"

#include "GuiDriver.h"
#include "LaunchApp.h"
#include "ServerFixture.h"
#include "TestChecklist.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kp::client;
using State = Session::State;

// The onboarding checklist as a new customer meets it, through the real widgets against the
// real server and keychain: the agency publishes a sheet (CSV), the approved customer's first
// login opens the checklist, half of it is filled in, the app restarts where they stopped, the
// rest is filled in and "Abschließen" completes it on the server; the next start opens the
// overview.
class TestOnboardingFlow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void aNewCustomerFillsHalfRestartsAndCompletes();

private:
    QJsonObject serverChecklist(const QString &email);
    static QString currentPage(AppContext &app)
    {
        return GuiDriver(app.window).find<QStackedWidget>(QStringLiteral("contentArea"))->currentWidget()->objectName();
    }

    ServerFixture m_fixture;
};

static const QString kPassword = QStringLiteral("correct horse battery");

void TestOnboardingFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QStringLiteral("en"));
    QVERIFY2(m_fixture.start({{QStringLiteral("security/register_per_hour"), QStringLiteral("1000")}}),
             qPrintable(m_fixture.error()));
    const auto imported
        = m_fixture.http->send(QStringLiteral("POST"), QStringLiteral("/api/v1/admin/checklist/import"),
                               testchecklist::baseSheetCsv, QStringLiteral("text/csv"), m_fixture.adminToken);
    QCOMPARE(imported.status, 200);
}

void TestOnboardingFlow::cleanupTestCase()
{
    QCOMPARE(m_fixture.stop(), 0);
}

void TestOnboardingFlow::cleanup()
{
    KP_VERIFY_API_CONTRACT();
}

QJsonObject TestOnboardingFlow::serverChecklist(const QString &email)
{
    const auto token = m_fixture.http->loginToken(email, kPassword);
    return m_fixture.http->get(QStringLiteral("/api/v1/checklist"), token).json;
}

void TestOnboardingFlow::aNewCustomerFillsHalfRestartsAndCompletes()
{
    const auto email = QStringLiteral("neu@muster.de");
    QVERIFY(!m_fixture.approvedCustomer(email).token.isEmpty());
    auto app = launchAndLogIn(*m_fixture.server, email, kPassword, QStringLiteral("onboarding-pc"));
    QVERIFY(app);

    // The first login opens the checklist, not the overview.
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(*app), QStringLiteral("checklistPage"), 10000);
    {
        GuiDriver gui(app->window);
        QTRY_COMPARE_WITH_TIMEOUT(gui.text(QStringLiteral("checklistProgress")), QStringLiteral("0 of 6 done"), 10000);
        gui.type(QStringLiteral("checklistItem_firma"), QStringLiteral("Muster GmbH"));
        auto *branche = gui.find<QComboBox>(QStringLiteral("checklistItem_branche"));
        branche->setCurrentIndex(branche->findText(QStringLiteral("Handwerk")));
        emit branche->activated(branche->currentIndex());
        QTRY_COMPARE_WITH_TIMEOUT(gui.text(QStringLiteral("checklistProgress")), QStringLiteral("2 of 6 done"),
                                  ChecklistController::typingPauseMs + 5000);
    }
    const auto half = serverChecklist(email).value(QLatin1String("answers")).toObject();
    QCOMPARE(half.value(QLatin1String("firma")).toString(), QStringLiteral("Muster GmbH"));
    QCOMPARE(half.value(QLatin1String("branche")).toString(), QStringLiteral("Handwerk"));

    // Quit and start again: the checklist, with the answers given so far.
    app.reset();
    app = launchApp(*m_fixture.server, QStringLiteral("onboarding-pc"));
    QTRY_COMPARE_WITH_TIMEOUT(app->session.state(), State::Active, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(*app), QStringLiteral("checklistPage"), 10000);
    GuiDriver gui(app->window);
    QTRY_VERIFY_WITH_TIMEOUT(app->window.findChild<QLineEdit *>(QStringLiteral("checklistItem_firma")), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(gui.input(QStringLiteral("checklistItem_firma")), QStringLiteral("Muster GmbH"), 10000);
    QCOMPARE(gui.find<QComboBox>(QStringLiteral("checklistItem_branche"))->currentText(), QStringLiteral("Handwerk"));

    // "Abschließen" before the rest names what is missing and completes nothing.
    gui.click(QStringLiteral("checklistComplete"));
    QVERIFY(!serverChecklist(email).value(QLatin1String("complete")).toBool());
    // The overview stays closed until then: locked in the sidebar with the reason.
    QCOMPARE(gui.find<QPushButton>(QStringLiteral("nav_home"))->toolTip(),
             QStringLiteral("Opens once the onboarding checklist is complete."));
    gui.click(QStringLiteral("nav_home"));
    QCOMPARE(currentPage(*app), QStringLiteral("checklistPage"));

    // The optional logo: uploaded, judged by its content, shown with its name.
    QTemporaryDir dir;
    const auto logo = dir.filePath(QStringLiteral("Logo.pdf"));
    QFile file(logo);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4\n% Muster GmbH\n%%EOF\n");
    file.close();
    emit app->window.findChild<ChecklistItemField *>(QStringLiteral("checklistField_logo"))->fileChosen(logo);
    QTRY_VERIFY_WITH_TIMEOUT(gui.text(QStringLiteral("checklistFile_logo")).startsWith(QLatin1String("Logo.pdf (")),
                             10000);

    gui.type(QStringLiteral("checklistItem_start"), QStringLiteral("2026-03-01"));
    auto *access = gui.find<QCheckBox>(QStringLiteral("checklistItem_zugang"));
    QTest::mouseClick(access, Qt::LeftButton, {}, QPoint(4, access->height() / 2));
    QVERIFY(access->isChecked());
    gui.click(QStringLiteral("checklistComplete"));
    QTRY_VERIFY_WITH_TIMEOUT(gui.find<QWidget>(QStringLiteral("checklistCompletedCard"))->isVisible(), 10000);
    const auto done = serverChecklist(email);
    QVERIFY(done.value(QLatin1String("complete")).toBool());
    QCOMPARE(done.value(QLatin1String("answers")).toObject().value(QLatin1String("start")).toString(),
             QStringLiteral("2026-03-01"));
    QCOMPARE(done.value(QLatin1String("files"))
                 .toObject()
                 .value(QLatin1String("logo"))
                 .toObject()
                 .value(QLatin1String("name")),
             QStringLiteral("Logo.pdf"));
    QVERIFY(gui.find<QPushButton>(QStringLiteral("nav_home"))->toolTip().isEmpty());
    gui.click(QStringLiteral("checklistContinue"));
    QCOMPARE(currentPage(*app), QStringLiteral("dashboardPage"));

    // The next start opens the overview.
    app.reset();
    app = launchApp(*m_fixture.server, QStringLiteral("onboarding-pc"));
    QTRY_COMPARE_WITH_TIMEOUT(app->session.state(), State::Active, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(*app), QStringLiteral("dashboardPage"), 10000);
    // The finished checklist stays reachable: it opens, shows it is done, and stays open.
    GuiDriver again(app->window);
    again.click(QStringLiteral("nav_onboarding"));
    QTRY_VERIFY_WITH_TIMEOUT(again.find<QWidget>(QStringLiteral("checklistCompletedCard"))->isVisible(), 10000);
    QTest::qWait(200);
    QCOMPARE(currentPage(*app), QStringLiteral("checklistPage"));
}

QTEST_MAIN(TestOnboardingFlow)
#include "tst_onboarding_flow.moc"
