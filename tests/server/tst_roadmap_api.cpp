#include "DatabaseSnapshot.h"
#include "ServerFixture.h"
#include "TestVideos.h"
#include "telegram/FakeTelegram.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// The roadmap and its upsells over HTTP (issue 18, API.md "Onboarding checklist and roadmap"):
// stages completed by each source the portal knows (approval, the checklist, required videos
// understood, the first day with leads, the checklist items tied to a stage) and by an admin,
// the same instant on every read; upsells only at their stages, two at most, gone for good after
// "Nicht mehr anzeigen" (on every machine of the customer); an interest that reaches the agency
// once, through the callbacks outbox to (fake) Telegram; drafts a customer never sees; and who may
// do what. One server for the suite, with a checklist whose `stage` column ties an item to a stage
// the suite adds.
class TestRoadmapApi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void completesApprovalAndReadsTheSameInstantTwice();
    void completesTheChecklistStage();
    void completesTheStageOfItsChecklistItems();
    void completesTheVideosStage();
    void completesFirstLeadsFromTheMetrics();
    void letsAnAdminSetAndClearAStage();
    void refusesBadStageMarksAndChangesNothing();
    void showsUpsellsOnlyAtTheirStagesAndTwoAtMost();
    void keepsADismissedUpsellGoneOnAnotherMachine();
    void notifiesTheAgencyOfAnInterestOnce();
    void showsCustomersThePublishedVersionOnly();
    void keepsRoutesToTheirRoles();

private:
    using Customer = ServerFixture::Customer;
    Customer customer(const QString &name);
    QJsonObject roadmap(const QString &token);
    QJsonObject adminRoadmap(const QString &accountId);
    static QJsonObject stageIn(const QJsonObject &roadmap, const QString &id);
    static QStringList upsellIds(const QJsonObject &roadmap);
    QString completeChecklist(const QString &token); // the completion's instant
    HttpResult mark(const QString &accountId, const QString &stageId, const QJsonObject &body,
                    const QString &token = {});
    QString addUpsell(const QString &title, const QStringList &stageIds, bool publish = true);
    void removeUpsell(const QString &id);
    QString snapshot() const { return databaseSnapshot(m_fixture.server->databasePath()); }

    static inline const QString kBotToken = QStringLiteral("7012345678:AAHfakeTelegramBotTokenForRoadmap_x");
    static inline const QString kChatId = QStringLiteral("-1001234567890");
    FakeTelegram m_telegram {kBotToken, kChatId};
    ServerFixture m_fixture;
    TestHttp *m_http = nullptr;
    QString m_itemsStageId; // the suite's stage completed by checklist items
    int m_people = 0;
};

void TestRoadmapApi::initTestCase()
{
    QVERIFY(m_telegram.start());
    QVERIFY2(m_fixture.start({{QStringLiteral("security/register_per_hour"), QStringLiteral("1000")},
                              {QStringLiteral("videos/required_share"), QStringLiteral("0.1")},
                              {QStringLiteral("callbacks/poll_interval_s"), QStringLiteral("1")},
                              {QStringLiteral("telegram/api_url"), m_telegram.baseUrl()},
                              {QStringLiteral("telegram/bot_token"), kBotToken},
                              {QStringLiteral("telegram/chat_id"), kChatId}}),
             qPrintable(m_fixture.error()));
    m_http = m_fixture.http.get();

    // A stage completed by items: one named in the stage (domain), one by the sheet's column.
    const auto stage = m_http->post(QStringLiteral("/api/v1/admin/content/stages"),
                                    {{QStringLiteral("title"), QStringLiteral("Domain und Slogan")},
                                     {QStringLiteral("position"), 7},
                                     {QStringLiteral("actor"), QStringLiteral("customer")},
                                     {QStringLiteral("now_text"), QStringLiteral("Sie nennen Domain und Slogan")},
                                     {QStringLiteral("item_ids"), QJsonArray {QStringLiteral("domain")}}},
                                    m_fixture.adminToken);
    QCOMPARE(stage.status, 201);
    QCOMPARE(stage.json.value(QLatin1String("completes_by")).toString(), QStringLiteral("items"));
    QCOMPARE(stage.json.value(QLatin1String("status")).toString(), QStringLiteral("draft"));
    m_itemsStageId = stage.json.value(QLatin1String("id")).toString();
    QCOMPARE(m_http
                 ->post(QStringLiteral("/api/v1/admin/content/stages/%1/publish").arg(m_itemsStageId), {},
                        m_fixture.adminToken)
                 .status,
             200);
    const auto sheet = QByteArray("section,item_id,label,type,required,options,help,stage\n"
                                  "Start,firma,Firmenname,text,ja,,,\n"
                                  "Start,zugang,Zugang freigegeben,checkbox,ja,,,\n"
                                  "Landingpage,slogan,Slogan,text,nein,,,")
        + m_itemsStageId.toUtf8() + "\nLandingpage,domain,Domain,url,nein,,,\n";
    QCOMPARE(m_http
                 ->send(QStringLiteral("POST"), QStringLiteral("/api/v1/admin/checklist/import"), sheet,
                        QStringLiteral("text/csv"), m_fixture.adminToken)
                 .status,
             200);
}

void TestRoadmapApi::cleanupTestCase()
{
    QCOMPARE(m_fixture.stop(), 0);
}

void TestRoadmapApi::cleanup()
{
    KP_VERIFY_API_CONTRACT();
}

TestRoadmapApi::Customer TestRoadmapApi::customer(const QString &name)
{
    return m_fixture.approvedCustomer(
        QStringLiteral("weg%1@kunde.de").arg(++m_people),
        {{QStringLiteral("name"), name}, {QStringLiteral("company"), name + QStringLiteral(" GmbH")}});
}

QJsonObject TestRoadmapApi::roadmap(const QString &token)
{
    const auto answer = m_http->get(QStringLiteral("/api/v1/roadmap"), token);
    return answer.status == 200 ? answer.json : QJsonObject();
}

QJsonObject TestRoadmapApi::adminRoadmap(const QString &accountId)
{
    return m_http->get(QStringLiteral("/api/v1/admin/accounts/%1/roadmap").arg(accountId), m_fixture.adminToken).json;
}

QJsonObject TestRoadmapApi::stageIn(const QJsonObject &roadmap, const QString &id)
{
    for (const auto &stage : roadmap.value(QLatin1String("stages")).toArray()) {
        if (stage.toObject().value(QLatin1String("id")).toString() == id)
            return stage.toObject();
    }
    return {};
}

QStringList TestRoadmapApi::upsellIds(const QJsonObject &roadmap)
{
    QStringList ids;
    for (const auto &upsell : roadmap.value(QLatin1String("upsells")).toArray())
        ids.append(upsell.toObject().value(QLatin1String("id")).toString());
    return ids;
}

QString TestRoadmapApi::completeChecklist(const QString &token)
{
    const QJsonObject answers {
        {QStringLiteral("answers"),
         QJsonObject {{QStringLiteral("firma"), QStringLiteral("Muster GmbH")}, {QStringLiteral("zugang"), true}}}};
    if (m_http
            ->send(QStringLiteral("PUT"), QStringLiteral("/api/v1/checklist/answers"), QJsonDocument(answers).toJson(),
                   QStringLiteral("application/json"), token)
            .status
        != 200)
        return {};
    return m_http->post(QStringLiteral("/api/v1/checklist/complete"), {}, token)
        .json.value(QLatin1String("completed_at"))
        .toString();
}

HttpResult TestRoadmapApi::mark(const QString &accountId, const QString &stageId, const QJsonObject &body,
                                const QString &token)
{
    return m_http->send(QStringLiteral("PUT"),
                        QStringLiteral("/api/v1/admin/accounts/%1/stages/%2").arg(accountId, stageId),
                        QJsonDocument(body).toJson(), QStringLiteral("application/json"),
                        token.isEmpty() ? m_fixture.adminToken : token);
}

QString TestRoadmapApi::addUpsell(const QString &title, const QStringList &stageIds, bool publish)
{
    const auto added = m_http->post(QStringLiteral("/api/v1/admin/content/upsells"),
                                    {{QStringLiteral("title"), title},
                                     {QStringLiteral("text"), QStringLiteral("Was %1 bringt.").arg(title)},
                                     {QStringLiteral("cta"), QStringLiteral("Interesse")},
                                     {QStringLiteral("url"), QStringLiteral("https://agentur.example/angebote")},
                                     {QStringLiteral("stage_ids"), QJsonArray::fromStringList(stageIds)}},
                                    m_fixture.adminToken);
    const auto id = added.json.value(QLatin1String("id")).toString();
    if (added.status != 201 || !publish)
        return id;
    const auto published
        = m_http->post(QStringLiteral("/api/v1/admin/content/upsells/%1/publish").arg(id), {}, m_fixture.adminToken);
    return published.status == 200 ? id : QString();
}

void TestRoadmapApi::removeUpsell(const QString &id)
{
    QCOMPARE(m_http
                 ->send(QStringLiteral("DELETE"), QStringLiteral("/api/v1/admin/content/upsells/") + id, {}, {},
                        m_fixture.adminToken)
                 .status,
             204);
}

void TestRoadmapApi::completesApprovalAndReadsTheSameInstantTwice()
{
    const auto anna = customer(QStringLiteral("Anna"));
    const auto first = roadmap(anna.token);
    const auto stages = first.value(QLatin1String("stages")).toArray();
    QCOMPARE(stages.size(), 7); // the six seeded and the suite's
    const auto approval = stageIn(first, QStringLiteral("approval"));
    QCOMPARE(approval.value(QLatin1String("status")).toString(), QStringLiteral("done"));
    QCOMPARE(approval.value(QLatin1String("actor")).toString(), QStringLiteral("agency"));
    // The approval's own instant, as the admin's list shows it.
    const auto accounts
        = m_http->get(QStringLiteral("/api/v1/admin/accounts?status=approved"), m_fixture.adminToken).json;
    QString decidedAt;
    for (const auto &account : accounts.value(QLatin1String("items")).toArray()) {
        if (account.toObject().value(QLatin1String("id")).toString() == anna.id)
            decidedAt = account.toObject().value(QLatin1String("decided_at")).toString();
    }
    QVERIFY(!decidedAt.isEmpty());
    QCOMPARE(approval.value(QLatin1String("completed_at")).toString(), decidedAt);

    const auto checklist = stageIn(first, QStringLiteral("checklist"));
    QCOMPARE(checklist.value(QLatin1String("status")).toString(), QStringLiteral("current"));
    QVERIFY(checklist.value(QLatin1String("completed_at")).isNull());
    QCOMPARE(checklist.value(QLatin1String("now_text")).toString(),
             QStringLiteral("Sie füllen die Onboarding-Checkliste aus"));
    QCOMPARE(stageIn(first, QStringLiteral("first_leads")).value(QLatin1String("status")).toString(),
             QStringLiteral("upcoming"));

    // Read again: the same answer, so the same ETag and a 304.
    const auto again = m_http->get(QStringLiteral("/api/v1/roadmap"), anna.token);
    QCOMPARE(again.json, first);
    const auto etag = again.header("ETag");
    QVERIFY(!etag.isEmpty());
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/roadmap"), anna.token, {{"If-None-Match", etag.toStdString()}}).status,
             304);
}

void TestRoadmapApi::completesTheChecklistStage()
{
    const auto bert = customer(QStringLiteral("Bert"));
    // /me names the current stage too (API.md), the admin's none.
    const auto meStage = [&](const QString &token) {
        return m_http->get(QStringLiteral("/api/v1/me"), token)
            .json.value(QLatin1String("onboarding"))
            .toObject()
            .value(QLatin1String("stage"));
    };
    QCOMPARE(meStage(bert.token), QJsonValue(QStringLiteral("checklist")));
    QCOMPARE(meStage(m_fixture.adminToken), QJsonValue(QJsonValue::Null));
    // Not behind the onboarding gate: the roadmap shows a customer in the checklist where they are.
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/roadmap"), bert.token).status, 200);
    const auto completedAt = completeChecklist(bert.token);
    QVERIFY(!completedAt.isEmpty());
    const auto after = roadmap(bert.token);
    const auto checklist = stageIn(after, QStringLiteral("checklist"));
    QCOMPARE(checklist.value(QLatin1String("status")).toString(), QStringLiteral("done"));
    QCOMPARE(checklist.value(QLatin1String("completed_at")).toString(), completedAt);
    // No required video is published yet: nothing to watch, so the videos are done with the
    // checklist (as the onboarding gate counts them) and the agency's landing page is next.
    const auto videos = stageIn(after, QStringLiteral("videos"));
    QCOMPARE(videos.value(QLatin1String("status")).toString(), QStringLiteral("done"));
    QCOMPARE(videos.value(QLatin1String("completed_at")).toString(), completedAt);
    QCOMPARE(stageIn(after, QStringLiteral("landing_page")).value(QLatin1String("status")).toString(),
             QStringLiteral("current"));
    QCOMPARE(roadmap(bert.token), after);
    QCOMPARE(meStage(bert.token), QJsonValue(QStringLiteral("landing_page")));
}

void TestRoadmapApi::completesTheStageOfItsChecklistItems()
{
    const auto carla = customer(QStringLiteral("Carla"));
    const auto answer = [&](const QJsonObject &answers) {
        return m_http
            ->send(QStringLiteral("PUT"), QStringLiteral("/api/v1/checklist/answers"),
                   QJsonDocument(QJsonObject {{QStringLiteral("answers"), answers}}).toJson(),
                   QStringLiteral("application/json"), carla.token)
            .status;
    };
    // The sheet's item alone is not enough: the stage's own item is missing.
    QCOMPARE(answer({{QStringLiteral("slogan"), QStringLiteral("Wir bauen Zukunft")}}), 200);
    QCOMPARE(stageIn(roadmap(carla.token), m_itemsStageId).value(QLatin1String("status")).toString(),
             QStringLiteral("upcoming"));
    // An empty answer is no answer.
    QCOMPARE(answer({{QStringLiteral("domain"), QString()}}), 200);
    QVERIFY(stageIn(roadmap(carla.token), m_itemsStageId).value(QLatin1String("completed_at")).isNull());
    QCOMPARE(answer({{QStringLiteral("domain"), QStringLiteral("https://carla.example")}}), 200);
    const auto stage = stageIn(roadmap(carla.token), m_itemsStageId);
    QCOMPARE(stage.value(QLatin1String("status")).toString(), QStringLiteral("done"));
    const auto at = stage.value(QLatin1String("completed_at")).toString();
    QVERIFY(!at.isEmpty());
    // Another answer later does not move it.
    QCOMPARE(answer({{QStringLiteral("slogan"), QStringLiteral("Wir bauen morgen")}}), 200);
    QCOMPARE(stageIn(roadmap(carla.token), m_itemsStageId).value(QLatin1String("completed_at")).toString(), at);
    // The stages before it are not done, so the checklist is still the current one.
    QCOMPARE(stageIn(roadmap(carla.token), QStringLiteral("checklist")).value(QLatin1String("status")).toString(),
             QStringLiteral("current"));
}

void TestRoadmapApi::completesTheVideosStage()
{
    const auto dora = customer(QStringLiteral("Dora"));
    const auto series = m_http->post(
        QStringLiteral("/api/v1/admin/content/series"),
        {{QStringLiteral("title"), QStringLiteral("Start")}, {QStringLiteral("position"), 1}}, m_fixture.adminToken);
    QCOMPARE(series.status, 201);
    const auto video = m_http->post(QStringLiteral("/api/v1/admin/content/videos"),
                                    {{QStringLiteral("title"), QStringLiteral("So läuft es")},
                                     {QStringLiteral("series_id"), series.json.value(QLatin1String("id"))},
                                     {QStringLiteral("required"), true}},
                                    m_fixture.adminToken);
    const auto videoId = video.json.value(QLatin1String("id")).toString();
    QCOMPARE(m_http
                 ->send(QStringLiteral("PUT"), QStringLiteral("/api/v1/admin/content/videos/%1/file").arg(videoId),
                        testvideos::syntheticMp4(2, 100), QStringLiteral("video/mp4"), m_fixture.adminToken)
                 .status,
             200);
    QCOMPARE(
        m_http->post(QStringLiteral("/api/v1/admin/content/videos/%1/publish").arg(videoId), {}, m_fixture.adminToken)
            .status,
        200);
    // A required video to watch: the checklist alone no longer completes the stage.
    QVERIFY(!completeChecklist(dora.token).isEmpty());
    QCOMPARE(stageIn(roadmap(dora.token), QStringLiteral("videos")).value(QLatin1String("status")).toString(),
             QStringLiteral("current"));

    // 10 % of 2 s: a fifth of a second watched in real time.
    const auto progress = [&](double position) {
        return m_http
            ->send(QStringLiteral("PUT"), QStringLiteral("/api/v1/videos/%1/progress").arg(videoId),
                   QJsonDocument(QJsonObject {{QStringLiteral("position_s"), position}}).toJson(),
                   QStringLiteral("application/json"), dora.token)
            .status;
    };
    QCOMPARE(progress(0), 200);
    QTest::qWait(400); // watching: the server counts only seconds that really passed
    QCOMPARE(progress(0.5), 200);
    QCOMPARE(m_http->post(QStringLiteral("/api/v1/videos/%1/understood").arg(videoId), {}, dora.token).status, 200);
    const auto understoodAt = m_http->post(QStringLiteral("/api/v1/videos/%1/understood").arg(videoId), {}, dora.token)
                                  .json.value(QLatin1String("understood_at"))
                                  .toString();
    const auto stage = stageIn(roadmap(dora.token), QStringLiteral("videos"));
    QCOMPARE(stage.value(QLatin1String("status")).toString(), QStringLiteral("done"));
    QCOMPARE(stage.value(QLatin1String("completed_at")).toString(), understoodAt);
    QCOMPARE(stageIn(roadmap(dora.token), QStringLiteral("landing_page")).value(QLatin1String("status")).toString(),
             QStringLiteral("current"));
}

void TestRoadmapApi::completesFirstLeadsFromTheMetrics()
{
    const auto emil = customer(QStringLiteral("Emil"));
    const auto import = [&](const QByteArray &csv) {
        return m_http
            ->send(QStringLiteral("POST"), QStringLiteral("/api/v1/admin/accounts/%1/metrics/import").arg(emil.id), csv,
                   QStringLiteral("text/csv"), m_fixture.adminToken)
            .status;
    };
    QCOMPARE(import("date,leads,spend,clicks,impressions\n2026-11-02,0,10,3,400\n"), 200);
    QVERIFY(stageIn(roadmap(emil.token), QStringLiteral("first_leads")).value(QLatin1String("completed_at")).isNull());
    QCOMPARE(import("date,leads,spend,clicks,impressions\n2026-11-04,1,12,5,600\n2026-11-03,2,11,4,500\n"), 200);
    const auto stage = stageIn(roadmap(emil.token), QStringLiteral("first_leads"));
    QCOMPARE(stage.value(QLatin1String("status")).toString(), QStringLiteral("done"));
    // The first day with leads, at noon UTC: the same date in every time zone.
    QCOMPARE(stage.value(QLatin1String("completed_at")).toString(), QStringLiteral("2026-11-03T12:00:00Z"));
    QCOMPARE(
        adminRoadmap(emil.id).value(QLatin1String("stages")).toArray().at(5).toObject().value(QLatin1String("source")),
        QJsonValue(QStringLiteral("auto")));
}

void TestRoadmapApi::letsAnAdminSetAndClearAStage()
{
    const auto fritz = customer(QStringLiteral("Fritz"));
    const auto set
        = mark(fritz.id, QStringLiteral("landing_page"),
               {{QStringLiteral("done"), true}, {QStringLiteral("completed_on"), QStringLiteral("2026-12-01")}});
    QCOMPARE(set.status, 200);
    QCOMPARE(set.json.value(QLatin1String("account_id")).toString(), fritz.id);
    const auto landing = stageIn(set.json, QStringLiteral("landing_page"));
    QCOMPARE(landing.value(QLatin1String("status")).toString(), QStringLiteral("done"));
    QCOMPARE(landing.value(QLatin1String("completed_at")).toString(), QStringLiteral("2026-12-01T12:00:00Z"));
    QCOMPARE(landing.value(QLatin1String("source")).toString(), QStringLiteral("admin"));
    const auto me = m_http->get(QStringLiteral("/api/v1/me"), m_fixture.adminToken).json;
    QCOMPARE(landing.value(QLatin1String("by")).toString(), me.value(QLatin1String("name")).toString());
    QCOMPARE(stageIn(set.json, QStringLiteral("approval")).value(QLatin1String("source")).toString(),
             QStringLiteral("auto"));
    // The customer sees it; the stages before it still wait.
    const auto seen = stageIn(roadmap(fritz.token), QStringLiteral("landing_page"));
    QCOMPARE(seen.value(QLatin1String("status")).toString(), QStringLiteral("done"));
    QVERIFY(!seen.contains(QLatin1String("source"))); // the customer's view names no admin
    QCOMPARE(stageIn(roadmap(fritz.token), QStringLiteral("checklist")).value(QLatin1String("status")).toString(),
             QStringLiteral("current"));

    // Undone; and an automatic stage undone stays undone on the next read.
    QCOMPARE(stageIn(mark(fritz.id, QStringLiteral("landing_page"), {{QStringLiteral("done"), false}}).json,
                     QStringLiteral("landing_page"))
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("upcoming"));
    QCOMPARE(mark(fritz.id, QStringLiteral("approval"), {{QStringLiteral("done"), false}}).status, 200);
    const auto after = roadmap(fritz.token);
    QCOMPARE(stageIn(after, QStringLiteral("approval")).value(QLatin1String("status")).toString(),
             QStringLiteral("current"));
    // Set again without a day: today.
    const auto today = mark(fritz.id, QStringLiteral("approval"), {{QStringLiteral("done"), true}});
    QVERIFY(stageIn(today.json, QStringLiteral("approval"))
                .value(QLatin1String("completed_at"))
                .toString()
                .startsWith(QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate)));
}

void TestRoadmapApi::refusesBadStageMarksAndChangesNothing()
{
    const auto gerd = customer(QStringLiteral("Gerd"));
    roadmap(gerd.token); // materialised before the snapshot
    const auto before = snapshot();
    const auto future = QDate::currentDate().addDays(3).toString(Qt::ISODate);
    auto refused = mark(gerd.id, QStringLiteral("ads"), {{QStringLiteral("completed_on"), future}});
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.fieldProblem(QStringLiteral("done")), QStringLiteral("required"));
    refused = mark(gerd.id, QStringLiteral("ads"),
                   {{QStringLiteral("done"), true}, {QStringLiteral("completed_on"), future}});
    QCOMPARE(refused.fieldProblem(QStringLiteral("completed_on")), QStringLiteral("invalid"));
    refused = mark(gerd.id, QStringLiteral("ads"),
                   {{QStringLiteral("done"), true}, {QStringLiteral("completed_on"), QStringLiteral("2026-02-30")}});
    QCOMPARE(refused.fieldProblem(QStringLiteral("completed_on")), QStringLiteral("invalid"));
    refused = mark(gerd.id, QStringLiteral("ads"),
                   {{QStringLiteral("done"), false}, {QStringLiteral("completed_on"), QStringLiteral("2026-02-03")}});
    QCOMPARE(refused.fieldProblem(QStringLiteral("completed_on")), QStringLiteral("unexpected"));
    QCOMPARE(mark(gerd.id, QStringLiteral("no_such_stage"), {{QStringLiteral("done"), true}}).status, 404);
    QCOMPARE(mark(QStringLiteral("acc_nobody"), QStringLiteral("ads"), {{QStringLiteral("done"), true}}).status, 404);
    const auto adminId
        = m_http->get(QStringLiteral("/api/v1/me"), m_fixture.adminToken).json.value(QLatin1String("id"));
    QCOMPARE(mark(adminId.toString(), QStringLiteral("ads"), {{QStringLiteral("done"), true}}).status, 404);
    QCOMPARE(mark(gerd.id, QStringLiteral("ads"), {{QStringLiteral("done"), true}}, gerd.token).status, 403);
    QCOMPARE(snapshot(), before);
}

void TestRoadmapApi::showsUpsellsOnlyAtTheirStagesAndTwoAtMost()
{
    const auto hanna = customer(QStringLiteral("Hanna"));
    // At "Checkliste ausgefüllt": the seeded Webinare only.
    QCOMPARE(upsellIds(roadmap(hanna.token)), QStringList {QStringLiteral("webinars")});
    const auto card = roadmap(hanna.token).value(QLatin1String("upsells")).toArray().first().toObject();
    QCOMPARE(card.value(QLatin1String("title")).toString(), QStringLiteral("Webinare"));
    QVERIFY(card.value(QLatin1String("url")).isNull());

    // Two more for the same stage: still two cards, the first two in order.
    const auto first = addUpsell(QStringLiteral("Fotoshooting"), {QStringLiteral("checklist")});
    const auto second = addUpsell(QStringLiteral("Newsletter"), {QStringLiteral("checklist"), QStringLiteral("ads")});
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    QCOMPARE(upsellIds(roadmap(hanna.token)), (QStringList {QStringLiteral("webinars"), first}));

    // At "Landingpage erstellt" (an admin moved her on): the CMS only.
    for (const auto *stage : {"checklist", "videos"})
        QCOMPARE(mark(hanna.id, QString::fromLatin1(stage), {{QStringLiteral("done"), true}}).status, 200);
    QCOMPARE(upsellIds(roadmap(hanna.token)), QStringList {QStringLiteral("cms")});
    // At "Werbeanzeigen geschaltet": the WhatsApp bot and the newsletter.
    QCOMPARE(mark(hanna.id, QStringLiteral("landing_page"), {{QStringLiteral("done"), true}}).status, 200);
    QCOMPARE(upsellIds(roadmap(hanna.token)), (QStringList {QStringLiteral("whatsapp_bot"), second}));
    const auto admin = adminRoadmap(hanna.id);
    int shown = 0;
    for (const auto &upsell : admin.value(QLatin1String("upsells")).toArray())
        shown += upsell.toObject().value(QLatin1String("shown")).toBool() ? 1 : 0;
    QCOMPARE(shown, 2);
    removeUpsell(first);
    removeUpsell(second);
}

void TestRoadmapApi::keepsADismissedUpsellGoneOnAnotherMachine()
{
    const auto ida = customer(QStringLiteral("Ida"));
    const auto laptop = ida.token;
    const auto office
        = m_http->loginToken(QStringLiteral("weg%1@kunde.de").arg(m_people), QStringLiteral("correct horse battery"));
    QVERIFY(!office.isEmpty() && office != laptop);
    QCOMPARE(upsellIds(roadmap(office)), QStringList {QStringLiteral("webinars")});
    QCOMPARE(m_http->post(QStringLiteral("/api/v1/upsells/webinars/dismiss"), {}, laptop).status, 204);
    QCOMPARE(m_http->post(QStringLiteral("/api/v1/upsells/webinars/dismiss"), {}, laptop).status, 204);
    QVERIFY(upsellIds(roadmap(laptop)).isEmpty());
    QVERIFY(upsellIds(roadmap(office)).isEmpty());
    // Also at its next stage ("Videos angesehen" shows it too).
    QCOMPARE(mark(ida.id, QStringLiteral("checklist"), {{QStringLiteral("done"), true}}).status, 200);
    QVERIFY(upsellIds(roadmap(office)).isEmpty());
    for (const auto &value : adminRoadmap(ida.id).value(QLatin1String("upsells")).toArray()) {
        const auto upsell = value.toObject();
        const bool webinars = upsell.value(QLatin1String("id")).toString() == QLatin1String("webinars");
        QCOMPARE(upsell.value(QLatin1String("dismissed_at")).isString(), webinars);
        QVERIFY(upsell.value(QLatin1String("interested_at")).isNull());
        QVERIFY(!upsell.value(QLatin1String("shown")).toBool());
    }
}

void TestRoadmapApi::notifiesTheAgencyOfAnInterestOnce()
{
    const auto jana = customer(QStringLiteral("Jana Interessiert"));
    const auto sent = [&] {
        int count = 0;
        for (const auto &text : m_telegram.delivered())
            count += text.contains(QLatin1String("Jana Interessiert")) ? 1 : 0;
        return count;
    };
    const auto interest = m_http->post(QStringLiteral("/api/v1/upsells/webinars/interest"), {}, jana.token);
    QCOMPARE(interest.status, 202);
    QCOMPARE(interest.json.value(QLatin1String("status")).toString(), QStringLiteral("received"));
    QCOMPARE(m_http->post(QStringLiteral("/api/v1/upsells/webinars/interest"), {}, jana.token).status, 202);

    // One request in the admin's inbox, of the topic "upsell", naming the offer.
    const auto inbox = m_http->get(QStringLiteral("/api/v1/admin/callbacks?limit=100"), m_fixture.adminToken).json;
    QJsonArray hers;
    for (const auto &item : inbox.value(QLatin1String("items")).toArray()) {
        if (item.toObject().value(QLatin1String("customer")).toObject().value(QLatin1String("id")).toString()
            == jana.id)
            hers.append(item);
    }
    QCOMPARE(hers.size(), 1);
    const auto request = hers.first().toObject();
    QCOMPARE(request.value(QLatin1String("topic")).toString(), QStringLiteral("upsell"));
    QCOMPARE(request.value(QLatin1String("note")).toString(), QStringLiteral("Webinare"));
    QVERIFY(request.value(QLatin1String("phone")).isNull()); // her profile has none
    // Exactly one Telegram message, which says it is an interest; delivered, so none will follow.
    QTRY_COMPARE_WITH_TIMEOUT(sent(), 1, 10000);
    QString text;
    for (const auto &delivered : m_telegram.delivered()) {
        if (delivered.contains(QLatin1String("Jana Interessiert")))
            text = delivered;
    }
    QVERIFY2(text.startsWith(QLatin1String("Interesse an: Webinare\n")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("Phone:")), qPrintable(text));
    const auto id = request.value(QLatin1String("id")).toString();
    QTRY_COMPARE_WITH_TIMEOUT(m_http->get(QStringLiteral("/api/v1/admin/callbacks/") + id, m_fixture.adminToken)
                                  .json.value(QLatin1String("status"))
                                  .toString(),
                              QStringLiteral("delivered"), 10000);
    QCOMPARE(sent(), 1);
    // Her own callback list is hers to file: the interest is not in it.
    QVERIFY(m_http->get(QStringLiteral("/api/v1/callbacks"), jana.token)
                .json.value(QLatin1String("items"))
                .toArray()
                .isEmpty());
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/callbacks/") + id, jana.token).status, 404);
    // The card is gone; the admin sees the interest.
    QVERIFY(upsellIds(roadmap(jana.token)).isEmpty());
    for (const auto &value : adminRoadmap(jana.id).value(QLatin1String("upsells")).toArray()) {
        const auto upsell = value.toObject();
        if (upsell.value(QLatin1String("id")).toString() == QLatin1String("webinars"))
            QVERIFY(upsell.value(QLatin1String("interested_at")).isString());
    }
}

void TestRoadmapApi::showsCustomersThePublishedVersionOnly()
{
    const auto karl = customer(QStringLiteral("Karl"));
    const auto draft = addUpsell(QStringLiteral("Entwurf"), {QStringLiteral("checklist")}, false);
    QVERIFY(!draft.isEmpty());
    QCOMPARE(upsellIds(roadmap(karl.token)), QStringList {QStringLiteral("webinars")});
    QCOMPARE(m_http->post(QStringLiteral("/api/v1/upsells/%1/interest").arg(draft), {}, karl.token).status, 404);
    QCOMPARE(m_http->post(QStringLiteral("/api/v1/upsells/%1/dismiss").arg(draft), {}, karl.token).status, 404);
    const auto published
        = m_http->post(QStringLiteral("/api/v1/admin/content/upsells/%1/publish").arg(draft), {}, m_fixture.adminToken);
    QCOMPARE(published.json.value(QLatin1String("status")).toString(), QStringLiteral("published"));
    QCOMPARE(upsellIds(roadmap(karl.token)), (QStringList {QStringLiteral("webinars"), draft}));

    // An edit is a draft again: customers keep the published version until the next publish.
    const auto edited = m_http->send(
        QStringLiteral("PUT"), QStringLiteral("/api/v1/admin/content/upsells/") + draft,
        QJsonDocument(QJsonObject {{QStringLiteral("title"), QStringLiteral("Neu")},
                                   {QStringLiteral("cta"), QStringLiteral("Mehr")},
                                   {QStringLiteral("stage_ids"), QJsonArray {QStringLiteral("checklist")}}})
            .toJson(),
        QStringLiteral("application/json"), m_fixture.adminToken);
    QCOMPARE(edited.status, 200);
    QCOMPARE(edited.json.value(QLatin1String("status")).toString(), QStringLiteral("draft"));
    QVERIFY(edited.json.value(QLatin1String("published_at")).isString());
    const auto titleOf = [&] {
        for (const auto &upsell : roadmap(karl.token).value(QLatin1String("upsells")).toArray()) {
            if (upsell.toObject().value(QLatin1String("id")).toString() == draft)
                return upsell.toObject().value(QLatin1String("title")).toString();
        }
        return QString();
    };
    QCOMPARE(titleOf(), QStringLiteral("Entwurf"));
    m_http->post(QStringLiteral("/api/v1/admin/content/upsells/%1/publish").arg(draft), {}, m_fixture.adminToken);
    QCOMPARE(titleOf(), QStringLiteral("Neu"));
    removeUpsell(draft);

    // A new stage is the customers' only once published.
    const auto stage
        = m_http->post(QStringLiteral("/api/v1/admin/content/stages"),
                       {{QStringLiteral("title"), QStringLiteral("Auswertung")}, {QStringLiteral("position"), 8}},
                       m_fixture.adminToken);
    QCOMPARE(stage.status, 201);
    const auto stageId = stage.json.value(QLatin1String("id")).toString();
    QVERIFY(stageIn(roadmap(karl.token), stageId).isEmpty());
    const auto listed = m_http->get(QStringLiteral("/api/v1/admin/content/stages"), m_fixture.adminToken);
    QCOMPARE(listed.json.value(QLatin1String("items")).toArray().size(), 8); // six seeded, the suite's, this one
    m_http->post(QStringLiteral("/api/v1/admin/content/stages/%1/publish").arg(stageId), {}, m_fixture.adminToken);
    QCOMPARE(stageIn(roadmap(karl.token), stageId).value(QLatin1String("status")).toString(),
             QStringLiteral("upcoming"));

    // Deleting a stage takes it out of the offers shown there, published and draft; they keep
    // their other stages, so no offer names a stage that is gone.
    const auto offer = addUpsell(QStringLiteral("Auswertungs-Call"), {QStringLiteral("checklist"), stageId});
    QVERIFY(!offer.isEmpty());
    QCOMPARE(m_http
                 ->send(QStringLiteral("DELETE"), QStringLiteral("/api/v1/admin/content/stages/") + stageId, {}, {},
                        m_fixture.adminToken)
                 .status,
             204);
    QVERIFY(stageIn(roadmap(karl.token), stageId).isEmpty());
    const auto kept = m_http->get(QStringLiteral("/api/v1/admin/content/upsells/") + offer, m_fixture.adminToken);
    QCOMPARE(kept.json.value(QLatin1String("stage_ids")).toArray(), QJsonArray {QStringLiteral("checklist")});
    const auto adminView = adminRoadmap(karl.id);
    for (const auto &upsell : adminView.value(QLatin1String("upsells")).toArray()) {
        if (upsell.toObject().value(QLatin1String("id")).toString() == offer)
            QCOMPARE(upsell.toObject().value(QLatin1String("stage_ids")).toArray(),
                     QJsonArray {QStringLiteral("checklist")});
    }
    // Saved again as it is, the offer is valid (a stale stage id would be refused with 422).
    const auto saved = m_http->send(
        QStringLiteral("PUT"), QStringLiteral("/api/v1/admin/content/upsells/") + offer,
        QJsonDocument(QJsonObject {{QStringLiteral("title"), kept.json.value(QLatin1String("title"))},
                                   {QStringLiteral("cta"), kept.json.value(QLatin1String("cta"))},
                                   {QStringLiteral("stage_ids"), kept.json.value(QLatin1String("stage_ids"))}})
            .toJson(),
        QStringLiteral("application/json"), m_fixture.adminToken);
    QCOMPARE(saved.status, 200);
    removeUpsell(offer);
}

void TestRoadmapApi::keepsRoutesToTheirRoles()
{
    const auto lena = customer(QStringLiteral("Lena"));
    roadmap(lena.token);
    const auto before = snapshot();
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/roadmap"), m_fixture.adminToken).status, 403);
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/roadmap")).status, 401);
    QCOMPARE(m_http->post(QStringLiteral("/api/v1/upsells/webinars/interest"), {}, m_fixture.adminToken).status, 403);
    QCOMPARE(m_http->post(QStringLiteral("/api/v1/upsells/webinars/dismiss"), {}, m_fixture.adminToken).status, 403);
    QCOMPARE(m_http->post(QStringLiteral("/api/v1/upsells/nichts/interest"), {}, lena.token).status, 404);
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/accounts/%1/roadmap").arg(lena.id), lena.token).status, 403);
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/accounts/acc_nobody/roadmap"), m_fixture.adminToken).status,
             404);
    for (const auto *kind : {"stages", "upsells"}) {
        const auto path = QStringLiteral("/api/v1/admin/content/") + QLatin1String(kind);
        QCOMPARE(m_http->get(path, lena.token).status, 403);
        QCOMPARE(m_http->post(path, {{QStringLiteral("title"), QStringLiteral("X")}}, lena.token).status, 403);
        QCOMPARE(m_http->get(path + QStringLiteral("/nichts"), m_fixture.adminToken).status, 404);
        QCOMPARE(m_http->post(path + QStringLiteral("/nichts/publish"), {}, m_fixture.adminToken).status, 404);
        QCOMPARE(m_http->send(QStringLiteral("DELETE"), path + QStringLiteral("/nichts"), {}, {}, m_fixture.adminToken)
                     .status,
                 404);
    }
    const auto badStage = m_http->post(QStringLiteral("/api/v1/admin/content/stages"),
                                       {{QStringLiteral("title"), QStringLiteral(" ")},
                                        {QStringLiteral("position"), 1},
                                        {QStringLiteral("actor"), QStringLiteral("robot")},
                                        {QStringLiteral("completes_by"), QStringLiteral("magic")}},
                                       m_fixture.adminToken);
    QCOMPARE(badStage.status, 422);
    QCOMPARE(badStage.fieldProblem(QStringLiteral("title")), QStringLiteral("required"));
    QCOMPARE(badStage.fieldProblem(QStringLiteral("actor")), QStringLiteral("invalid"));
    QCOMPARE(badStage.fieldProblem(QStringLiteral("completes_by")), QStringLiteral("invalid"));
    const auto badUpsell = m_http->post(QStringLiteral("/api/v1/admin/content/upsells"),
                                        {{QStringLiteral("title"), QStringLiteral("X")},
                                         {QStringLiteral("cta"), QStringLiteral("Ja")},
                                         {QStringLiteral("url"), QStringLiteral("ftp://x")},
                                         {QStringLiteral("stage_ids"), QJsonArray {QStringLiteral("no_such_stage")}}},
                                        m_fixture.adminToken);
    QCOMPARE(badUpsell.status, 422);
    QCOMPARE(badUpsell.fieldProblem(QStringLiteral("url")), QStringLiteral("invalid"));
    const auto unknownStage = m_http->post(QStringLiteral("/api/v1/admin/content/upsells"),
                                           {{QStringLiteral("title"), QStringLiteral("X")},
                                            {QStringLiteral("cta"), QStringLiteral("Ja")},
                                            {QStringLiteral("stage_ids"), QJsonArray {QStringLiteral("nope")}}},
                                           m_fixture.adminToken);
    QCOMPARE(unknownStage.fieldProblem(QStringLiteral("stage_ids")), QStringLiteral("invalid"));
    QCOMPARE(snapshot(), before);
}

QTEST_GUILESS_MAIN(TestRoadmapApi)
#include "tst_roadmap_api.moc"
