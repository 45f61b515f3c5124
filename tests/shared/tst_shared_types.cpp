#include "shared/Account.h"
#include "shared/ErrorCode.h"

#include <QTest>
#include <QTimeZone>

using namespace kp;

class TestSharedTypes : public QObject {
    Q_OBJECT

private slots:
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

QTEST_GUILESS_MAIN(TestSharedTypes)
#include "tst_shared_types.moc"
