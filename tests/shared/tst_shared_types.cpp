#include "shared/Account.h"
#include "shared/ErrorCode.h"
#include "shared/Referral.h"
#include "shared/Roadmap.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace kp;

class TestSharedTypes : public QObject {
    Q_OBJECT

private slots:
    void roundTripsReferralTypesThroughJson();
    void roundTripsRoadmapTypesThroughJson();
    void mapsEveryErrorCodeToNameAndBack();
    void givesApiMdStatusForErrorCodes();
    void roundTripsAccountThroughJson();
    void roundTripsAccountOnboardingAndLeavesItOutWhenUnknown();
    void refusesAccountJsonWithoutIdOrWithUnknownStatus();
    void writesInstantsAsRfc3339Utc();
};

void TestSharedTypes::mapsEveryErrorCodeToNameAndBack()
{
    for (int i = 0; i <= int(ErrorCode::Internal); ++i) {
        const auto code = ErrorCode(i);
        QCOMPARE(errorCodeFromName(errorCodeName(code)), std::optional(code));
    }
    QCOMPARE(errorCodeFromName(QStringLiteral("no_such_code")), std::nullopt);
}

void TestSharedTypes::givesApiMdStatusForErrorCodes()
{
    QCOMPARE(httpStatus(ErrorCode::ValidationFailed), 422);
    QCOMPARE(httpStatus(ErrorCode::InvalidCredentials), 401);
    QCOMPARE(httpStatus(ErrorCode::PendingApproval), 403);
    QCOMPARE(httpStatus(ErrorCode::Rejected), 403);
    QCOMPARE(httpStatus(ErrorCode::OnboardingIncomplete), 409);
    QCOMPARE(httpStatus(ErrorCode::RateLimited), 429);
    QCOMPARE(httpStatus(ErrorCode::PayloadTooLarge), 413);
    QCOMPARE(httpStatus(ErrorCode::UnsupportedMediaType), 415);
    QCOMPARE(errorCodeName(ErrorCode::OnboardingIncomplete), QStringLiteral("onboarding_incomplete"));
}

void TestSharedTypes::roundTripsAccountThroughJson()
{
    Account account;
    account.id = QStringLiteral("acc_1");
    account.email = QStringLiteral("jana@becker.de");
    account.username = QStringLiteral("jana");
    account.name = QStringLiteral("Jana Becker");
    account.company = QStringLiteral("Becker Immobilien GmbH");
    account.phone = QStringLiteral("+49301234567");
    account.role = AccountRole::Admin;
    account.status = AccountStatus::Rejected;
    account.rejectionReason = QStringLiteral("Dublette");
    account.referralCode = QStringLiteral("ABCD2345");
    account.referredByCode = QStringLiteral("XYZ98765");
    account.referredByName = QStringLiteral("Kemal Özdemir");
    account.referralSource = QStringLiteral("LinkedIn");
    account.createdAt = QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);
    account.decidedAt = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);

    const auto json = account.toJson();
    QCOMPARE(json.value(QLatin1String("intercom_user_id")).toString(), QStringLiteral("acc_1"));
    QVERIFY(json.value(QLatin1String("avatar_url")).isNull());
    const auto back = Account::fromJson(json);
    QVERIFY(back);
    QCOMPARE(back->toJson(), json);
}

void TestSharedTypes::roundTripsAccountOnboardingAndLeavesItOutWhenUnknown()
{
    Account account;
    account.id = QStringLiteral("acc_2");
    QVERIFY(!account.toJson().contains(QLatin1String("onboarding")));
    QVERIFY(!Account::fromJson(account.toJson())->onboarding);

    account.onboarding = AccountOnboarding {.checklistComplete = true,
                                            .checklistCompletedAt = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC),
                                            .requiredAnswered = 7,
                                            .requiredTotal = 12};
    const auto json = account.toJson();
    const auto onboarding = json.value(QLatin1String("onboarding")).toObject();
    QCOMPARE(onboarding.value(QLatin1String("checklist_completed_at")).toString(),
             QStringLiteral("2026-12-01T08:00:00Z"));
    QCOMPARE(onboarding.value(QLatin1String("checklist_required_total")).toInt(), 12);
    QCOMPARE(Account::fromJson(json)->onboarding, account.onboarding);
}

void TestSharedTypes::refusesAccountJsonWithoutIdOrWithUnknownStatus()
{
    Account account;
    account.id = QStringLiteral("acc_1");
    auto json = account.toJson();
    json.insert(QStringLiteral("status"), QStringLiteral("deleted"));
    QVERIFY(!Account::fromJson(json));
    json = account.toJson();
    json.remove(QStringLiteral("id"));
    QVERIFY(!Account::fromJson(json));
}

void TestSharedTypes::writesInstantsAsRfc3339Utc()
{
    const QDateTime berlin(QDate(2026, 11, 25), QTime(13, 0), QTimeZone("Europe/Berlin"));
    QCOMPARE(toApiInstant(berlin), QStringLiteral("2026-11-25T12:00:00Z"));
    QCOMPARE(fromApiInstant(QStringLiteral("2026-11-25T12:00:00Z")), berlin.toUTC());
    QVERIFY(!fromApiInstant(QStringLiteral("yesterday")).isValid());
}

void TestSharedTypes::roundTripsReferralTypesThroughJson()
{
    const auto at = QDateTime(QDate(2026, 12, 5), QTime(9, 30), Qt::UTC);
    const ReferralSource fromLink {QStringLiteral("facebook"), QStringLiteral("cpc"), QStringLiteral("winter"),
                                   QStringLiteral("www.instagram.com"), ReferralVia::Link};
    ReferralSummary summary;
    summary.code = QStringLiteral("ABCD2345");
    summary.link = QStringLiteral("https://portal.example/r/ABCD2345");
    summary.clicks = 7;
    summary.registrations = 2;
    summary.approved = 1;
    summary.referrals.append(Referral {QStringLiteral("acc_2"), QStringLiteral("Mia"), QStringLiteral("Muster GmbH"),
                                       at, at, QStringLiteral("approved"), fromLink});
    summary.referrals.append(Referral {QStringLiteral("acc_3"), QStringLiteral("Tom"), QString(), QDateTime(), at,
                                       QStringLiteral("registered"), ReferralSource {}});
    QCOMPARE(ReferralSummary::fromJson(summary.toJson()), summary);
    // Absent values are null, and the way a referral came is always named.
    const auto second = summary.toJson().value(QLatin1String("referrals")).toArray().at(1).toObject();
    QVERIFY(second.value(QLatin1String("clicked_at")).isNull());
    QCOMPARE(second.value(QLatin1String("source")).toObject().value(QLatin1String("via")).toString(),
             QStringLiteral("code"));

    PartnerEntry entry;
    entry.account = {QStringLiteral("acc_2"), QStringLiteral("Mia"), QStringLiteral("Muster GmbH")};
    entry.email = QStringLiteral("mia@muster.de");
    entry.status = QStringLiteral("approved");
    entry.code = QStringLiteral("MIAMIA22");
    entry.referredBy = {QStringLiteral("acc_1"), QStringLiteral("Jana"), QStringLiteral("Becker GmbH")};
    entry.attributedAt = at;
    entry.source = fromLink;
    QCOMPARE(PartnerEntry::fromJson(entry.toJson()), entry);
    PartnerEntry alone = entry;
    alone.referredBy = {};
    alone.attributedAt = {};
    alone.source.reset();
    QVERIFY(alone.toJson().value(QLatin1String("referred_by")).isNull());
    QCOMPARE(PartnerEntry::fromJson(alone.toJson()), alone);

    const AttributionChange change {QStringLiteral("chg_1"),
                                    at,
                                    {},
                                    entry.referredBy,
                                    QStringLiteral("Phone call"),
                                    {QStringLiteral("adm_1"), QStringLiteral("Admin"), QString()}};
    QCOMPARE(AttributionChange::fromJson(change.toJson()), change);
    QVERIFY(!Referral::fromJson({}));
    QVERIFY(!ReferralSummary::fromJson({}));
}

void TestSharedTypes::roundTripsRoadmapTypesThroughJson()
{
    const auto at = QDateTime(QDate(2026, 12, 5), QTime(9, 30), Qt::UTC);
    const RoadmapStage done {QStringLiteral("stage_approval"),
                             QStringLiteral("Konto freigegeben"),
                             QStringLiteral("Ihr Zugang ist frei."),
                             QStringLiteral("done"),
                             at,
                             QStringLiteral("agency"),
                             QStringLiteral("Die Agentur prüft Ihre Anmeldung")};
    const RoadmapStage current {QStringLiteral("stage_checklist"),
                                QStringLiteral("Checkliste ausgefüllt"),
                                QString(),
                                QStringLiteral("current"),
                                QDateTime(),
                                QStringLiteral("customer"),
                                QStringLiteral("Sie füllen die Checkliste aus")};
    const RoadmapUpsell linked {QStringLiteral("ups_1"), QStringLiteral("Webinare"), QStringLiteral("Lernen Sie mehr"),
                                QStringLiteral("Mehr erfahren"), QStringLiteral("https://agentur.example/webinare")};
    const RoadmapUpsell plain {QStringLiteral("ups_2"), QStringLiteral("CMS-System"),
                               QStringLiteral("Pflegen Sie selbst"), QStringLiteral("Interesse"), QString()};
    const Roadmap roadmap {{done, current}, {linked, plain}};
    QCOMPARE(Roadmap::fromJson(roadmap.toJson()), roadmap);
    // Absent values are null.
    const auto json = roadmap.toJson();
    QVERIFY(
        json.value(QLatin1String("stages")).toArray().at(1).toObject().value(QLatin1String("completed_at")).isNull());
    QVERIFY(json.value(QLatin1String("upsells")).toArray().at(1).toObject().value(QLatin1String("url")).isNull());
    QVERIFY(current.isCurrent() && done.isDone());

    const AdminRoadmap admin {
        QStringLiteral("acc_1"),
        {{done, QStringLiteral("approval"), QStringLiteral("auto"), QString()},
         {current, QStringLiteral("admin"), QString(), QString()}},
        {{linked, {QStringLiteral("stage_checklist"), QStringLiteral("stage_videos")}, true, QDateTime(), at},
         {plain, {}, false, at, QDateTime()}},
    };
    QCOMPARE(AdminRoadmap::fromJson(admin.toJson()), admin);
    const auto adminStage = admin.toJson().value(QLatin1String("stages")).toArray().at(0).toObject();
    QCOMPARE(adminStage.value(QLatin1String("title")).toString(), done.title); // flattened
    QVERIFY(adminStage.value(QLatin1String("by")).isNull());

    StageContent stage;
    stage.id = QStringLiteral("stage_landing");
    stage.status = QStringLiteral("published");
    stage.updatedAt = at;
    stage.publishedAt = at;
    stage.title = QStringLiteral("Landingpage erstellt");
    stage.position = 4;
    stage.nowText = QStringLiteral("Die Agentur erstellt Ihre Landingpage");
    stage.completesBy = QStringLiteral("items");
    stage.itemIds = {QStringLiteral("logo"), QStringLiteral("domain")};
    QCOMPARE(StageContent::fromJson(stage.toJson()), stage);
    QVERIFY(StageContent::fromJson(stage.toJson())->isPublished());

    UpsellContent upsell;
    upsell.id = QStringLiteral("ups_3");
    upsell.updatedAt = at;
    upsell.title = QStringLiteral("WhatsApp-Bot");
    upsell.text = QStringLiteral("Antworten rund um die Uhr");
    upsell.cta = QStringLiteral("Interesse");
    upsell.stageIds = {QStringLiteral("stage_ads")};
    QCOMPARE(UpsellContent::fromJson(upsell.toJson()), upsell);
    QVERIFY(upsell.toJson().value(QLatin1String("published_at")).isNull());

    QCOMPARE(StageMark {}.toJson(), QJsonObject({{QStringLiteral("done"), true}}));
    QCOMPARE((StageMark {true, QDate(2026, 12, 1)}.toJson().value(QLatin1String("completed_on")).toString()),
             QStringLiteral("2026-12-01"));
    QVERIFY(!RoadmapStage::fromJson({}) && !RoadmapUpsell::fromJson({}) && !StageContent::fromJson({})
            && !UpsellContent::fromJson({}));
}

QTEST_GUILESS_MAIN(TestSharedTypes)
#include "tst_shared_types.moc"
