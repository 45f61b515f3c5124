#include "client/app/AppContext.h"
#include "client/app/Application.h"
#include "client/roadmap/RoadmapPage.h"
#include "client/roadmap/RoadmapTimeline.h"
#include "client/roadmap/UpsellCard.h"
#include "client/widgets/Banner.h"
#include "client/widgets/Format.h"

#include "FlowShots.h"
#include "GuiDriver.h"
#include "LaunchApp.h"
#include "ServerFixture.h"
#include "TestChecklist.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace kp::client;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");
const QString kEmail = QStringLiteral("weg@muster-moebel.de");

} // namespace

// The roadmap as the "Done means" tries it, through the real widgets, the real server
// with its seeded stages and offers, and the real keychain: a new customer's path starts at the
// checklist; they complete it in the onboarding form and the path moves on (the videos with it,
// as none is required); the admin marks "Landingpage erstellt" in one customer's path; the
// customer sees it said quietly, with the offer that fits the new stage, hides the offer, and it
// stays gone, also in the app on another computer. With KP_FLOW_SHOTS set to a folder, the
// windows are saved there at each step.
class TestRoadmapFlow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void theRoadmapMovesWithTheChecklistAndTheAgencyAndAHiddenOfferStaysGone();

private:
    // Opens "Your path" (from another page, so it loads afresh) and waits for the server's answer.
    static RoadmapPage *openRoadmap(AppContext &app);
    static QString status(RoadmapPage *page, const QString &stageId);
    static QStringList offerIds(RoadmapPage *page);
    // The quiet notice of stages done since the last visit, when it shows.
    static QString notice(RoadmapPage *page);
    static void completeChecklist(AppContext &app);
    // The customer's path as the server gives it: the ids of the offers shown.
    QStringList serverOfferIds(const QString &token) const;

    ServerFixture m_fixture;
};

void TestRoadmapFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QStringLiteral("en"));
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
    const auto imported
        = m_fixture.http->send(QStringLiteral("POST"), QStringLiteral("/api/v1/admin/checklist/import"),
                               testchecklist::baseSheetCsv, QStringLiteral("text/csv"), m_fixture.adminToken);
    QCOMPARE(imported.status, 200);
}

void TestRoadmapFlow::cleanupTestCase()
{
    QCOMPARE(m_fixture.stop(), 0);
}

void TestRoadmapFlow::cleanup()
{
    KP_VERIFY_API_CONTRACT();
}

RoadmapPage *TestRoadmapFlow::openRoadmap(AppContext &app)
{
    GuiDriver gui(app.window);
    gui.click(QStringLiteral("nav_profile"));
    gui.click(QStringLiteral("nav_roadmap"));
    // The page shows what it had at once and the server's answer when it comes: read it then.
    auto *page = gui.find<RoadmapPage>(QStringLiteral("roadmapPage"));
    QSignalSpy answered(page, &RoadmapPage::loaded);
    return answered.wait(10000) && page->timeline()->isVisible() ? page : nullptr;
}

QString TestRoadmapFlow::status(RoadmapPage *page, const QString &stageId)
{
    for (const auto &stage : page->timeline()->stages()) {
        if (stage.id == stageId)
            return stage.status;
    }
    return {};
}

QStringList TestRoadmapFlow::offerIds(RoadmapPage *page)
{
    QStringList ids;
    for (const auto *card : page->upsellCards())
        ids.append(card->upsell().id);
    return ids;
}

QString TestRoadmapFlow::notice(RoadmapPage *page)
{
    for (auto *banner : page->findChildren<Banner *>()) {
        if (banner->isVisible() && banner->text().startsWith(QLatin1String("Done: ")))
            return banner->text();
    }
    return {};
}

QStringList TestRoadmapFlow::serverOfferIds(const QString &token) const
{
    QStringList ids;
    const auto roadmap = m_fixture.http->get(QStringLiteral("/api/v1/roadmap"), token).json;
    for (const auto &upsell : roadmap.value(QLatin1String("upsells")).toArray())
        ids.append(upsell.toObject().value(QLatin1String("id")).toString());
    return ids;
}

void TestRoadmapFlow::completeChecklist(AppContext &app)
{
    GuiDriver gui(app.window);
    gui.click(QStringLiteral("nav_onboarding"));
    QTRY_VERIFY_WITH_TIMEOUT(app.window.findChild<QLineEdit *>(QStringLiteral("checklistItem_firma")), 10000);
    gui.type(QStringLiteral("checklistItem_firma"), QStringLiteral("Muster Moebel GmbH"));
    auto *branche = gui.find<QComboBox>(QStringLiteral("checklistItem_branche"));
    branche->setCurrentIndex(branche->findText(QStringLiteral("Handwerk")));
    emit branche->activated(branche->currentIndex());
    gui.type(QStringLiteral("checklistItem_start"), QStringLiteral("2027-01-15"));
    auto *access = gui.find<QCheckBox>(QStringLiteral("checklistItem_zugang"));
    QTest::mouseClick(access, Qt::LeftButton, {}, QPoint(4, access->height() / 2));
    QVERIFY(access->isChecked());
    gui.click(QStringLiteral("checklistComplete"));
    QTRY_VERIFY_WITH_TIMEOUT(gui.find<QWidget>(QStringLiteral("checklistCompletedCard"))->isVisible(), 10000);
}

void TestRoadmapFlow::theRoadmapMovesWithTheChecklistAndTheAgencyAndAHiddenOfferStaysGone()
{
    const auto customer
        = m_fixture.approvedCustomer(kEmail,
                                     {{QStringLiteral("name"), QStringLiteral("Mara Muster")},
                                      {QStringLiteral("company"), QStringLiteral("Muster Möbel GmbH")}});
    QVERIFY(!customer.token.isEmpty());
    const auto today = format::date(QDate::currentDate());

    // Just approved: the path is open beside the checklist, and the checklist is the customer's turn.
    auto app = launchAndLogIn(*m_fixture.server, kEmail, kPassword, QStringLiteral("office-pc"));
    QVERIFY(app);
    auto *page = openRoadmap(*app);
    QVERIFY(page);
    QCOMPARE(page->timeline()->stages().size(), 6);
    QCOMPARE(status(page, QStringLiteral("approval")), QStringLiteral("done"));
    QCOMPARE(status(page, QStringLiteral("checklist")), QStringLiteral("current"));
    QVERIFY2(page->timeline()->stateText(1).startsWith(u"Now · It's your turn. "),
             qPrintable(page->timeline()->stateText(1)));
    QCOMPARE(offerIds(page), QStringList {QStringLiteral("webinars")});
    // The first visit has nothing "new" to say: the notice is for what happens after it.
    QCOMPARE(notice(page), QString());
    saveFlowShot(app->window, "1-just-approved");

    // The customer completes the checklist in the onboarding form: the path moves on.
    completeChecklist(*app);
    page = openRoadmap(*app);
    QVERIFY(page);
    QCOMPARE(status(page, QStringLiteral("checklist")), QStringLiteral("done"));
    QCOMPARE(page->timeline()->stateText(1), QStringLiteral("Done on %1").arg(today));
    // No required video is published: nothing to watch, done with the checklist.
    QCOMPARE(status(page, QStringLiteral("videos")), QStringLiteral("done"));
    QCOMPARE(status(page, QStringLiteral("landing_page")), QStringLiteral("current"));
    QVERIFY2(page->timeline()->stateText(3).startsWith(u"Now · The agency is on it. "),
             qPrintable(page->timeline()->stateText(3)));
    QCOMPARE(notice(page), QStringLiteral("Done: Checkliste ausgefüllt, Videos angesehen"));
    QCOMPARE(offerIds(page), QStringList {QStringLiteral("cms")});
    // Screen readers hear each stage by its title with its state.
    const auto ids = page->timeline()->accessibleStages();
    QCOMPARE(ids.size(), 6);
    auto *landing = QAccessible::accessibleInterface(ids.at(3));
    QCOMPARE(landing->text(QAccessible::Name), QStringLiteral("Landingpage erstellt"));
    QVERIFY(landing->text(QAccessible::Description).startsWith(QLatin1String("Now")));
    saveFlowShot(app->window, "2-checklist-done");

    // The agency marks "Landingpage erstellt" in the customer's path.
    {
        auto admin = launchAndLogIn(*m_fixture.server, ServerFixture::adminEmail, ServerFixture::adminPassword,
                                    QStringLiteral("agency-pc"));
        QVERIFY(admin);
        GuiDriver gui(admin->window);
        gui.click(QStringLiteral("nav_onboarding-progress"));
        QTRY_VERIFY_WITH_TIMEOUT(admin->window.findChild<QWidget *>(QStringLiteral("progressOpen_") + customer.id),
                                 10000);
        gui.click(QStringLiteral("progressOpen_") + customer.id);
        QTRY_VERIFY_WITH_TIMEOUT(admin->window.findChild<QWidget *>(QStringLiteral("customerStageDone_landing_page")),
                                 10000);
        QCOMPARE(gui.text(QStringLiteral("customerRoadmapSummary")),
                 QStringLiteral("Mara Muster is at “Landingpage erstellt”."));
        gui.click(QStringLiteral("customerStageDone_landing_page"));
        QTRY_VERIFY_WITH_TIMEOUT(admin->window.findChild<QWidget *>(QStringLiteral("customerStageUndo_landing_page")),
                                 10000);
        QCOMPARE(gui.text(QStringLiteral("customerRoadmapSummary")),
                 QStringLiteral("Mara Muster is at “Werbeanzeigen geschaltet”."));
        saveFlowShot(admin->window, "3-admin-marked-landing-page");
    }
    const auto adminView
        = m_fixture.http
              ->get(QStringLiteral("/api/v1/admin/accounts/%1/roadmap").arg(customer.id), m_fixture.adminToken)
              .json;
    for (const auto &stage : adminView.value(QLatin1String("stages")).toArray()) {
        if (stage.toObject().value(QLatin1String("id")).toString() == QLatin1String("landing_page")) {
            QCOMPARE(stage.toObject().value(QLatin1String("source")).toString(), QStringLiteral("admin"));
            QVERIFY(!stage.toObject().value(QLatin1String("by")).toString().isEmpty());
        }
    }

    // The customer sees it, said quietly, and the offer that fits the ads now being set up.
    page = openRoadmap(*app);
    QVERIFY(page);
    QCOMPARE(status(page, QStringLiteral("landing_page")), QStringLiteral("done"));
    QCOMPARE(page->timeline()->stateText(3), QStringLiteral("Done on %1").arg(today));
    QCOMPARE(status(page, QStringLiteral("ads")), QStringLiteral("current"));
    QCOMPARE(notice(page), QStringLiteral("Done: Landingpage erstellt"));
    QCOMPARE(offerIds(page), QStringList {QStringLiteral("whatsapp_bot")});
    QCOMPARE(page->upsellCards().first()->findChild<QLabel *>(QStringLiteral("upsellTitle_whatsapp_bot"))->text(),
             QStringLiteral("WhatsApp-Bot"));
    saveFlowShot(app->window, "4-landing-page-done");

    // "Don't show again": gone at once, on the server too, and not back when the page reloads.
    GuiDriver(app->window).click(QStringLiteral("upsellDismiss_whatsapp_bot"));
    QVERIFY(offerIds(page).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(serverOfferIds(customer.token).isEmpty(), 10000);
    page = openRoadmap(*app);
    QVERIFY(page);
    QVERIFY(offerIds(page).isEmpty());
    QVERIFY(!page->findChild<QWidget *>(QStringLiteral("roadmapUpsells"))->isVisible());
    // Seen once, the notice does not repeat.
    QCOMPARE(notice(page), QString());
    saveFlowShot(app->window, "5-offer-hidden");
    app.reset();

    // The app on another computer: the offer stays gone there too.
    auto laptop = launchAndLogIn(*m_fixture.server, kEmail, kPassword, QStringLiteral("laptop"));
    QVERIFY(laptop);
    page = openRoadmap(*laptop);
    QVERIFY(page);
    QCOMPARE(status(page, QStringLiteral("ads")), QStringLiteral("current"));
    QVERIFY(offerIds(page).isEmpty());
}

QTEST_MAIN(TestRoadmapFlow)
#include "tst_roadmap_flow.moc"
