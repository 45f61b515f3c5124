#include "client/api/ApiError.h"
#include "client/app/AppContext.h"
#include "client/app/Application.h"
#include "client/onboarding/OnboardingProgressPage.h"
#include "client/roadmap/RoadmapPage.h"
#include "client/roadmap/RoadmapTimeline.h"
#include "client/roadmap/UpsellCard.h"

#include "CacheTestSupport.h"
#include "FakeNetwork.h"
#include "FakeNetworkApp.h"
#include "GuiDriver.h"
#include "TestAccounts.h"

#include <QAccessible>
#include <QDateEdit>
#include <QJsonArray>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QVBoxLayout>

using namespace kp;
using namespace kp::client;
using State = Session::State;

namespace {

const QString kServer = QStringLiteral("http://127.0.0.1:9");
const QString kRoadmap = QStringLiteral("/api/v1/roadmap");
const QString kStages = QStringLiteral("/api/v1/admin/content/stages");
const QString kUpsells = QStringLiteral("/api/v1/admin/content/upsells");

Account customer(bool onboarded = true)
{
    return onboardedJana(onboarded);
}

QDateTime at(int month, int day)
{
    return QDateTime(QDate(2026, month, day), QTime(10, 0), Qt::UTC);
}

RoadmapStage stage(const QString &id, const QString &title, const QString &status, const QString &actor = {},
                   const QString &now = {})
{
    RoadmapStage stage;
    stage.id = id;
    stage.title = title;
    stage.status = status;
    stage.actor = actor.isEmpty() ? QStringLiteral("agency") : actor;
    stage.nowText = now;
    if (status == QLatin1String("done"))
        stage.completedAt = at(11, 20);
    return stage;
}

// Six stages with the first `done` done and the next current (the agency's).
QList<RoadmapStage> stages(int done)
{
    const QStringList titles {QStringLiteral("Account approved"), QStringLiteral("Checklist completed"),
                              QStringLiteral("Videos watched"),   QStringLiteral("Landing page created"),
                              QStringLiteral("Ads running"),      QStringLiteral("First leads")};
    QList<RoadmapStage> list;
    for (int i = 0; i < titles.size(); ++i) {
        const auto status = i < done ? QStringLiteral("done")
            : i == done              ? QStringLiteral("current")
                                     : QStringLiteral("upcoming");
        list.append(stage(QStringLiteral("s%1").arg(i), titles.at(i), status, {},
                          i == done ? QStringLiteral("The agency builds your landing page.") : QString()));
    }
    return list;
}

RoadmapUpsell upsell(const QString &id)
{
    return {id, QStringLiteral("Offer ") + id, QStringLiteral("Text of ") + id, QStringLiteral("I'm interested"), {}};
}

QJsonObject roadmap(int done, const QList<RoadmapUpsell> &upsells = {})
{
    return Roadmap {stages(done), upsells}.toJson();
}

QJsonObject items(const QJsonArray &array)
{
    return {{QStringLiteral("items"), array}};
}

StageContent stageContent(const QString &id, const QString &title, bool published)
{
    StageContent content;
    content.id = id;
    content.title = title;
    content.status = published ? QStringLiteral("published") : QStringLiteral("draft");
    content.updatedAt = at(12, 1);
    return content;
}

} // namespace

// The roadmap page (timeline, accessibility, offers, the stage notice) and the admin's editors
// and per-customer panel, against FakeNetwork.
class TestRoadmapPages : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void timelineSaysEachStateInWordsAndToScreenReaders();
    void timelineIsAsTallAsItsStagesNeed();
    void pageIsOpenWhileOnboardingAndShowsAtMostTwoOffers();
    void dismissSendsThePostAndTheCardGoes();
    void dismissOfflineWaitsInTheOutboxWithItsKey();
    void interestShowsTheConfirmation();
    void stageNoticeAppearsOnce();
    void stageEditorSavesDraftsAndPublishes();
    void editorKeepsTheTypedTextWithTheServersProblems();
    void upsellEditorSendsTheChosenStages();
    void customerPanelMarksAStageDoneOnADayAndUndoes();

private:
    void launchAs(const Account &account);
    RoadmapPage *openRoadmap();
    GuiDriver gui() const { return GuiDriver(m_app->window); }

    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<AppContext> m_app;
};

void TestRoadmapPages::initTestCase()
{
    installTranslations(QStringLiteral("en"));
}

void TestRoadmapPages::init()
{
    startWithEmptyCacheFolder();
    QSettings().remove(QStringLiteral("roadmap"));
    m_network = std::make_unique<FakeNetwork>();
    m_network->answer("GET", QStringLiteral("/healthz"), FakeNetwork::json(200, {{QStringLiteral("status"), "ok"}}));
    m_network->answer("GET", QStringLiteral("/api/v1/metrics"), FakeNetwork::error(500, QStringLiteral("internal")));
    m_network->answer("GET", kRoadmap, FakeNetwork::json(200, roadmap(1, {upsell(QStringLiteral("u1"))})));
}

void TestRoadmapPages::cleanup()
{
    m_app.reset();
    m_network.reset();
}

void TestRoadmapPages::launchAs(const Account &account)
{
    m_network->answer("GET", QStringLiteral("/api/v1/me"), FakeNetwork::json(200, account.toJson()));
    m_app = launchWithStoredSession(*m_network, kServer, account.id);
    QTRY_COMPARE(m_app->session.state(), State::Active);
}

RoadmapPage *TestRoadmapPages::openRoadmap()
{
    gui().click(QStringLiteral("nav_roadmap"));
    auto *page = gui().find<RoadmapPage>(QStringLiteral("roadmapPage"));
    [&] { QTRY_VERIFY(page->timeline()->isVisible() && !page->timeline()->stages().isEmpty()); }();
    return page;
}

void TestRoadmapPages::timelineSaysEachStateInWordsAndToScreenReaders()
{
    RoadmapTimeline timeline;
    timeline.setStages(stages(2));
    timeline.resize(600, timeline.heightForWidth(600));
    timeline.show();
    QCOMPARE(timeline.stateText(0), QStringLiteral("Done on 11/20/2026"));
    QCOMPARE(timeline.stateText(2), QStringLiteral("Now · The agency is on it. The agency builds your landing page."));
    QCOMPARE(timeline.stateText(3), QStringLiteral("Next"));
    QCOMPARE(timeline.stateText(4), QStringLiteral("Later"));
    auto customerTurn = stages(1);
    customerTurn[1].actor = QStringLiteral("customer");
    customerTurn[1].nowText.clear();
    timeline.setStages(customerTurn);
    QCOMPARE(timeline.stateText(1), QStringLiteral("Now · It's your turn"));
    timeline.setStages(stages(2));

    // One accessible child per stage: the title as its name, the state as its description.
    auto *accessible = QAccessible::queryAccessibleInterface(&timeline);
    QVERIFY(accessible);
    QCOMPARE(accessible->role(), QAccessible::List);
    QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("Your path"));
    QCOMPARE(accessible->childCount(), 6);
    for (int i = 0; i < 6; ++i) {
        auto *child = accessible->child(i);
        QVERIFY(child);
        QCOMPARE(child->role(), QAccessible::ListItem);
        QCOMPARE(child->text(QAccessible::Name), timeline.stages().at(i).title);
        QCOMPARE(child->text(QAccessible::Description), timeline.stateText(i));
        QCOMPARE(child->parent(), accessible);
        QCOMPARE(accessible->indexOfChild(child), i);
        QVERIFY(child->rect().height() > 0);
    }
    QVERIFY(timeline.accessibleDescription().contains(QStringLiteral("Landing page created: Next")));

    // Keyboard: focusable, starting on the current stage, the arrows move from stage to stage.
    QCOMPARE(timeline.focusPolicy(), Qt::StrongFocus);
    QCOMPARE(timeline.focusedStage(), 2);
    QTest::keyClick(&timeline, Qt::Key_Down);
    QCOMPARE(timeline.focusedStage(), 3);
    QTest::keyClick(&timeline, Qt::Key_Home);
    QCOMPARE(timeline.focusedStage(), 0);
    QTest::keyClick(&timeline, Qt::Key_Up);
    QCOMPARE(timeline.focusedStage(), 0);
    QTest::keyClick(&timeline, Qt::Key_End);
    QCOMPARE(timeline.focusedStage(), 5);
}

void TestRoadmapPages::timelineIsAsTallAsItsStagesNeed()
{
    auto long_ = stages(3);
    long_[3].nowText = QStringLiteral("The agency builds your landing page, writes its texts, chooses the pictures "
                                      "with you and puts it online under your own address.");
    long_[5].title = QStringLiteral("The first leads arrive in your inbox and on your phone, every single day");
    QWidget host;
    auto *layout = new QVBoxLayout(&host);
    auto *timeline = new RoadmapTimeline;
    layout->addWidget(timeline);
    layout->addStretch();
    timeline->setStages(long_);
    QList<int> heights;
    for (const int width : {600, 360}) {
        host.resize(width, 2000);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QTRY_COMPARE(timeline->height(), timeline->heightForWidth(timeline->width()));
        // Every stage's row lies inside the widget, the last one too.
        const auto last = timeline->stageRect(5);
        QVERIFY(last.bottom() < timeline->height());
        QVERIFY(timeline->stageRect(4).bottom() < last.top());
        heights.append(timeline->height());
    }
    // Narrower, the texts wrap onto more lines and the widget grows with them.
    QVERIFY2(heights[1] > heights[0], qPrintable(QStringLiteral("%1 vs %2").arg(heights[1]).arg(heights[0])));
    QVERIFY(timeline->minimumSizeHint().height() >= timeline->heightForWidth(timeline->minimumSizeHint().width()));
}

void TestRoadmapPages::pageIsOpenWhileOnboardingAndShowsAtMostTwoOffers()
{
    auto withLink = upsell(QStringLiteral("u2"));
    withLink.url = QStringLiteral("https://agentur.example/cms");
    const QList<RoadmapUpsell> offers {upsell(QStringLiteral("u1")), withLink, upsell(QStringLiteral("u3"))};
    m_network->answer("GET", kRoadmap, FakeNetwork::json(200, roadmap(1, offers)));
    launchAs(customer(false));
    // A session still onboarding starts on the checklist, and the roadmap opens beside it.
    QVERIFY(gui().find<QPushButton>(QStringLiteral("nav_roadmap"))->toolTip().isEmpty());
    auto *page = openRoadmap();
    QTRY_COMPARE(page->upsellCards().size(), RoadmapPage::kMaxUpsells);
    QCOMPARE(page->upsellCards().at(0)->upsell().id, QStringLiteral("u1"));
    QCOMPARE(page->upsellCards().at(1)->upsell().id, QStringLiteral("u2"));
    QCOMPARE(gui().find<QPushButton>(QStringLiteral("upsellInterest_u1"))->text(), QStringLiteral("I'm interested"));
    QCOMPARE(gui().find<QPushButton>(QStringLiteral("upsellDismiss_u1"))->text(), QStringLiteral("Don't show again"));
    // An offer with a page of its own links to it; one without has no link.
    QVERIFY(
        gui().text(QStringLiteral("upsellMore_u2")).contains(QStringLiteral("href=\"https://agentur.example/cms\"")));
    QVERIFY(!m_app->window.findChild<QLabel *>(QStringLiteral("upsellMore_u1")));
    QCOMPARE(page->timeline()->stages().size(), 6);
    QCOMPARE(page->timeline()->stages().at(1).status, QStringLiteral("current"));
}

void TestRoadmapPages::dismissSendsThePostAndTheCardGoes()
{
    const auto path = QStringLiteral("/api/v1/upsells/u1/dismiss");
    m_network->answer("POST", path, FakeNetwork::noContent());
    launchAs(customer(true));
    auto *page = openRoadmap();
    QTRY_COMPARE(page->upsellCards().size(), 1);
    gui().click(QStringLiteral("upsellDismiss_u1"));
    QTRY_COMPARE(m_network->requestsTo("POST", path).size(), 1);
    QVERIFY(!m_network->requestsTo("POST", path).at(0).headers.value("idempotency-key").isEmpty());
    QTRY_VERIFY(page->upsellCards().isEmpty());
    QVERIFY(!gui().find<QWidget>(QStringLiteral("roadmapUpsells"))->isVisible());
}

void TestRoadmapPages::dismissOfflineWaitsInTheOutboxWithItsKey()
{
    const auto path = QStringLiteral("/api/v1/upsells/u1/dismiss");
    launchAs(customer(true));
    auto *page = openRoadmap();
    QTRY_COMPARE(page->upsellCards().size(), 1);
    for (const auto &[method, route] : {std::pair<QByteArray, QString>("POST", path),
                                        {"GET", kRoadmap},
                                        {"GET", QStringLiteral("/healthz")},
                                        {"GET", QStringLiteral("/api/v1/me")}})
        m_network->answer(method, route, FakeNetwork::failure(QNetworkReply::ConnectionRefusedError));
    gui().click(QStringLiteral("upsellDismiss_u1"));
    QTRY_VERIFY(page->upsellCards().isEmpty());
    QTRY_COMPARE(m_network->requestsTo("POST", path).size(), 1);

    // The server is back: the outbox sends it once more with the first attempt's key.
    m_network->answer("POST", path, FakeNetwork::noContent());
    m_network->answer("GET", QStringLiteral("/healthz"), FakeNetwork::json(200, {{QStringLiteral("status"), "ok"}}));
    m_network->answer("GET", QStringLiteral("/api/v1/me"), FakeNetwork::json(200, customer(true).toJson()));
    m_network->answer("GET", kRoadmap, FakeNetwork::json(200, roadmap(1)));
    QTRY_COMPARE_WITH_TIMEOUT(m_network->requestsTo("POST", path).size(), 2, 30000);
    const auto attempts = m_network->requestsTo("POST", path);
    QVERIFY(!attempts[0].headers.value("idempotency-key").isEmpty());
    QCOMPARE(attempts[1].headers.value("idempotency-key"), attempts[0].headers.value("idempotency-key"));
}

void TestRoadmapPages::interestShowsTheConfirmation()
{
    const auto path = QStringLiteral("/api/v1/upsells/u1/interest");
    m_network->answer("POST", path, FakeNetwork::json(202, {{QStringLiteral("status"), QStringLiteral("received")}}));
    launchAs(customer(true));
    auto *page = openRoadmap();
    QTRY_COMPARE(page->upsellCards().size(), 1);
    gui().click(QStringLiteral("upsellInterest_u1"));
    QTRY_VERIFY(page->upsellCards().at(0)->isInterested());
    QCOMPARE(m_network->requestsTo("POST", path).size(), 1);
    auto *confirmation = gui().find<QLabel>(QStringLiteral("upsellConfirmation_u1"));
    QVERIFY(confirmation->isVisible());
    QCOMPARE(confirmation->text(), QStringLiteral("The agency will get in touch with you."));
    QVERIFY(!gui().find<QPushButton>(QStringLiteral("upsellInterest_u1"))->isVisible());
    QVERIFY(!gui().find<QPushButton>(QStringLiteral("upsellDismiss_u1"))->isVisible());
}

void TestRoadmapPages::stageNoticeAppearsOnce()
{
    launchAs(customer(true));
    auto *page = openRoadmap();
    auto *notice = gui().find<QWidget>(QStringLiteral("roadmapNotice"));
    const auto requests = [&] { return m_network->requestsTo("GET", kRoadmap).size(); };
    // The first visit (openRoadmap() waited for its answer): what was done before is no news.
    QCOMPARE(requests(), 1);
    QVERIFY(!notice->isVisible());

    // Two stages completed since: said once, quietly.
    m_network->answer("GET", kRoadmap, FakeNetwork::json(200, roadmap(3)));
    auto before = requests();
    page->reload();
    QTRY_VERIFY(requests() > before);
    QTRY_VERIFY(notice->isVisible());
    QCOMPARE(notice->findChild<QLabel *>(QStringLiteral("roadmapNoticeText"))->text(),
             QStringLiteral("Done: Checklist completed, Videos watched"));

    before = requests();
    page->reload();
    QTRY_VERIFY(requests() > before);
    QTRY_VERIFY(!notice->isVisible());
}

void TestRoadmapPages::stageEditorSavesDraftsAndPublishes()
{
    m_network->answer(
        "GET", kStages,
        FakeNetwork::json(
            200, items({stageContent(QStringLiteral("s1"), QStringLiteral("Account approved"), true).toJson()})));
    launchAs(adminTom());
    gui().click(QStringLiteral("nav_roadmap-stages"));
    auto *list = gui().find<QListWidget>(QStringLiteral("stagesList"));
    QTRY_COMPARE(list->count(), 1);

    // A new stage, saved as a draft: a POST and nothing published.
    auto created = stageContent(QStringLiteral("s7"), QStringLiteral("Newsletter"), false);
    m_network->answer("POST", kStages, FakeNetwork::json(201, created.toJson()));
    gui().click(QStringLiteral("stagesNew"));
    gui().type(QStringLiteral("stages_title"), QStringLiteral("Newsletter"));
    gui().find<QPlainTextEdit>(QStringLiteral("stages_description"))->setPlainText(QStringLiteral("Monthly."));
    gui().click(QStringLiteral("stagesSaveDraft"));
    QTRY_COMPARE(list->count(), 2);
    const auto posted = m_network->requestsTo("POST", kStages);
    QCOMPARE(posted.size(), 1);
    QCOMPARE(posted[0].json().value(QStringLiteral("title")).toString(), QStringLiteral("Newsletter"));
    QCOMPARE(posted[0].json().value(QStringLiteral("description")).toString(), QStringLiteral("Monthly."));
    QCOMPARE(posted[0].json().value(QStringLiteral("position")).toInt(), 1);
    QCOMPARE(m_network->requestsTo("POST", kStages + QStringLiteral("/s7/publish")).size(), 0);
    QVERIFY(list->item(1)->text().contains(QStringLiteral("Draft")));

    // Published: the draft is saved (PUT, not a second POST), then published.
    auto published = created;
    published.status = QStringLiteral("published");
    m_network->answer("PUT", kStages + QStringLiteral("/s7"), FakeNetwork::json(200, created.toJson()));
    m_network->answer("POST", kStages + QStringLiteral("/s7/publish"), FakeNetwork::json(200, published.toJson()));
    gui().click(QStringLiteral("stagesPublish"));
    QTRY_COMPARE(m_network->requestsTo("POST", kStages + QStringLiteral("/s7/publish")).size(), 1);
    QCOMPARE(m_network->requestsTo("PUT", kStages + QStringLiteral("/s7")).size(), 1);
    QCOMPARE(m_network->requestsTo("POST", kStages).size(), 1);
    QTRY_VERIFY(list->item(1)->text().contains(QStringLiteral("Published")));

    // Deleting asks first.
    m_network->answer("DELETE", kStages + QStringLiteral("/s7"), FakeNetwork::noContent());
    gui().click(QStringLiteral("stagesDelete"));
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = m_app->window.findChild<QMessageBox *>(QStringLiteral("stagesDeleteConfirm"))));
    QCOMPARE(m_network->requestsTo("DELETE", kStages + QStringLiteral("/s7")).size(), 0);
    QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("stagesDeleteConfirmButton")), Qt::LeftButton);
    QTRY_COMPARE(m_network->requestsTo("DELETE", kStages + QStringLiteral("/s7")).size(), 1);
}

void TestRoadmapPages::editorKeepsTheTypedTextWithTheServersProblems()
{
    m_network->answer("GET", kStages, FakeNetwork::json(200, items({})));
    launchAs(adminTom());
    gui().click(QStringLiteral("nav_roadmap-stages"));
    QTRY_VERIFY(gui().find<QWidget>(QStringLiteral("stages_title"))->isVisible());
    m_network->answer("POST", kStages,
                      FakeNetwork::error(422, QStringLiteral("validation_failed"),
                                         {{QStringLiteral("title"), QStringLiteral("too_long")},
                                          {QStringLiteral("now_text"), QStringLiteral("required")}}));
    gui().type(QStringLiteral("stages_title"), QStringLiteral("A very long title"));
    gui().click(QStringLiteral("stagesPublish"));
    QTRY_VERIFY(gui().find<QLabel>(QStringLiteral("stages_titleError"))->isVisible());
    QCOMPARE(gui().text(QStringLiteral("stages_titleError")),
             ApiError::problemText(QStringLiteral("title"), QStringLiteral("too_long")));
    QCOMPARE(gui().text(QStringLiteral("stages_now_textError")), QStringLiteral("Please fill in this field."));
    QCOMPARE(gui().input(QStringLiteral("stages_title")), QStringLiteral("A very long title"));
    QVERIFY(gui().find<QWidget>(QStringLiteral("stagesBanner"))->isVisible());
    // Nothing was saved, so nothing was published.
    QCOMPARE(m_network->requestsTo("POST", kStages).size(), 1);
    QCOMPARE(gui().find<QListWidget>(QStringLiteral("stagesList"))->count(), 0);
}

void TestRoadmapPages::upsellEditorSendsTheChosenStages()
{
    m_network->answer(
        "GET", kStages,
        FakeNetwork::json(200,
                          items({stageContent(QStringLiteral("s1"), QStringLiteral("One"), true).toJson(),
                                 stageContent(QStringLiteral("s2"), QStringLiteral("Two"), true).toJson()})));
    m_network->answer("GET", kUpsells, FakeNetwork::json(200, items({})));
    UpsellContent saved;
    saved.id = QStringLiteral("u9");
    saved.title = QStringLiteral("Bot");
    saved.stageIds = {QStringLiteral("s2")};
    m_network->answer("POST", kUpsells, FakeNetwork::json(201, saved.toJson()));
    launchAs(adminTom());
    gui().click(QStringLiteral("nav_roadmap-upsells"));
    auto *stagesList = gui().find<QListWidget>(QStringLiteral("upsells_stage_ids"));
    QTRY_COMPARE(stagesList->count(), 2);
    gui().type(QStringLiteral("upsells_title"), QStringLiteral("Bot"));
    gui().type(QStringLiteral("upsells_cta"), QStringLiteral("Tell me more"));
    stagesList->item(1)->setCheckState(Qt::Checked);
    gui().click(QStringLiteral("upsellsSaveDraft"));
    QTRY_COMPARE(m_network->requestsTo("POST", kUpsells).size(), 1);
    const auto body = m_network->requestsTo("POST", kUpsells).at(0).json();
    QCOMPARE(body.value(QStringLiteral("stage_ids")).toArray(), QJsonArray {QStringLiteral("s2")});
    QCOMPARE(body.value(QStringLiteral("cta")).toString(), QStringLiteral("Tell me more"));
    QVERIFY(body.value(QStringLiteral("url")).isNull());
    QTRY_COMPARE(gui().find<QListWidget>(QStringLiteral("upsellsList"))->count(), 1);
}

void TestRoadmapPages::customerPanelMarksAStageDoneOnADayAndUndoes()
{
    const auto jana = customer(true);
    const auto path = QStringLiteral("/api/v1/admin/accounts/acc_jana/roadmap");
    AdminRoadmap answer;
    answer.accountId = jana.id;
    for (const auto &one : stages(3))
        answer.stages.append({one, QStringLiteral("admin"), one.isDone() ? QStringLiteral("auto") : QString(), {}});
    m_network->answer("GET", path, FakeNetwork::json(200, answer.toJson()));
    auto marked = answer;
    marked.stages[3].stage.status = QStringLiteral("done");
    marked.stages[3].stage.completedAt = at(12, 3);
    marked.stages[3].source = QStringLiteral("admin");
    marked.stages[3].by = QStringLiteral("Tom Admin");
    const auto stagePath = QStringLiteral("/api/v1/admin/accounts/acc_jana/stages/s3");
    m_network->answer("PUT", stagePath, FakeNetwork::json(200, marked.toJson()));
    launchAs(adminTom());
    gui().click(QStringLiteral("nav_onboarding-progress"));
    auto *progress = gui().find<OnboardingProgressPage>(QStringLiteral("onboardingProgressPage"));
    progress->openCustomer(jana);
    // Below the answers (whose checklist this fake server does not know: the panel shows anyway).
    QTRY_VERIFY(!gui().find<QWidget>(QStringLiteral("customerRoadmap"))->isHidden());
    QCOMPARE(gui().text(QStringLiteral("customerRoadmapSummary")),
             QStringLiteral("Jana Becker is at “Landing page created”."));

    QTRY_VERIFY(m_app->window.findChild<QDateEdit *>(QStringLiteral("customerStageDate_s3")));
    gui().find<QDateEdit>(QStringLiteral("customerStageDate_s3"))->setDate(QDate(2026, 12, 3));
    gui().click(QStringLiteral("customerStageDone_s3"));
    QTRY_COMPARE(m_network->requestsTo("PUT", stagePath).size(), 1);
    QCOMPARE(
        m_network->requestsTo("PUT", stagePath).at(0).json(),
        (QJsonObject {{QStringLiteral("done"), true}, {QStringLiteral("completed_on"), QStringLiteral("2026-12-03")}}));
    QTRY_VERIFY(m_app->window.findChild<QPushButton *>(QStringLiteral("customerStageUndo_s3")));
    QCOMPARE(gui().text(QStringLiteral("customerStageState_s3")), QStringLiteral("Done on 12/3/2026, by Tom Admin"));

    m_network->answer("PUT", stagePath, FakeNetwork::json(200, answer.toJson()));
    gui().click(QStringLiteral("customerStageUndo_s3"));
    QTRY_COMPARE(m_network->requestsTo("PUT", stagePath).size(), 2);
    QCOMPARE(m_network->requestsTo("PUT", stagePath).at(1).json(), (QJsonObject {{QStringLiteral("done"), false}}));
}

QTEST_MAIN(TestRoadmapPages)
#include "tst_roadmap_pages.moc"
