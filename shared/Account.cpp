#include "shared/Account.h"
#include "shared/JsonValues.h"

#include <QJsonValue>
#include <QTimeZone>

namespace kp {
using json::instantOrNull;
using json::stringOrNull;

QString roleName(AccountRole role)
{
    return role == AccountRole::Admin ? QStringLiteral("admin") : QStringLiteral("customer");
}

std::optional<AccountRole> roleFromName(const QString &name)
{
    if (name == QLatin1String("admin"))
        return AccountRole::Admin;
    if (name == QLatin1String("customer"))
        return AccountRole::Customer;
    return std::nullopt;
}

QString statusName(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Pending:
        return QStringLiteral("pending");
    case AccountStatus::Approved:
        return QStringLiteral("approved");
    case AccountStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<AccountStatus> statusFromName(const QString &name)
{
    for (auto status : {AccountStatus::Pending, AccountStatus::Approved, AccountStatus::Rejected}) {
        if (statusName(status) == name)
            return status;
    }
    return std::nullopt;
}

QString toApiInstant(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODate);
}

QString toInstantWithMs(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromApiInstant(const QString &text)
{
    auto instant = QDateTime::fromString(text, Qt::ISODate);
    return instant.isValid() ? instant.toUTC() : QDateTime();
}

QJsonObject AccountOnboarding::toJson() const
{
    return QJsonObject {
        {QStringLiteral("checklist_complete"), checklistComplete},
        {QStringLiteral("checklist_completed_at"), instantOrNull(checklistCompletedAt)},
        {QStringLiteral("checklist_required_answered"), requiredAnswered},
        {QStringLiteral("checklist_required_total"), requiredTotal},
        {QStringLiteral("videos_complete"), videosComplete},
        {QStringLiteral("videos_required_understood"), videosRequiredUnderstood},
        {QStringLiteral("videos_required_total"), videosRequiredTotal},
        {QStringLiteral("stage"), stringOrNull(stage)},
    };
}

AccountOnboarding AccountOnboarding::fromJson(const QJsonObject &json)
{
    AccountOnboarding onboarding;
    onboarding.checklistComplete = json.value(QLatin1String("checklist_complete")).toBool();
    onboarding.checklistCompletedAt = fromApiInstant(json.value(QLatin1String("checklist_completed_at")).toString());
    onboarding.requiredAnswered = json.value(QLatin1String("checklist_required_answered")).toInt();
    onboarding.requiredTotal = json.value(QLatin1String("checklist_required_total")).toInt();
    onboarding.videosComplete = json.value(QLatin1String("videos_complete")).toBool(true);
    onboarding.videosRequiredUnderstood = json.value(QLatin1String("videos_required_understood")).toInt();
    onboarding.videosRequiredTotal = json.value(QLatin1String("videos_required_total")).toInt();
    onboarding.stage = json.value(QLatin1String("stage")).toString();
    return onboarding;
}

QJsonObject Account::toJson() const
{
    QJsonValue referredBy(QJsonValue::Null);
    if (!referredByCode.isEmpty())
        referredBy = QJsonObject {{QStringLiteral("code"), referredByCode},
                                  {QStringLiteral("name"), stringOrNull(referredByName)}};
    QJsonObject json {
        {QStringLiteral("id"), id},
        {QStringLiteral("email"), email},
        {QStringLiteral("username"), stringOrNull(username)},
        {QStringLiteral("name"), name},
        {QStringLiteral("company"), company},
        {QStringLiteral("phone"), stringOrNull(phone)},
        {QStringLiteral("role"), roleName(role)},
        {QStringLiteral("status"), statusName(status)},
        {QStringLiteral("rejection_reason"), stringOrNull(rejectionReason)},
        {QStringLiteral("avatar_url"), stringOrNull(avatarPath())},
        {QStringLiteral("intercom_user_id"), intercomUserId()},
        {QStringLiteral("referral_code"), referralCode},
        {QStringLiteral("referred_by"), referredBy},
        {QStringLiteral("referral_source"), stringOrNull(referralSource)},
        {QStringLiteral("created_at"), instantOrNull(createdAt)},
        {QStringLiteral("decided_at"), instantOrNull(decidedAt)},
    };
    if (onboarding)
        json.insert(QStringLiteral("onboarding"), onboarding->toJson());
    return json;
}

QString Account::avatarPath() const
{
    if (avatarVersion.isEmpty())
        return {};
    return QStringLiteral("/api/v1/accounts/%1/avatar?v=%2").arg(id, avatarVersion.left(16));
}

std::optional<Account> Account::fromJson(const QJsonObject &json)
{
    const auto role = roleFromName(json.value(QLatin1String("role")).toString());
    const auto status = statusFromName(json.value(QLatin1String("status")).toString());
    const auto id = json.value(QLatin1String("id")).toString();
    if (!role || !status || id.isEmpty())
        return std::nullopt;
    Account account;
    account.id = id;
    account.email = json.value(QLatin1String("email")).toString();
    account.username = json.value(QLatin1String("username")).toString();
    account.name = json.value(QLatin1String("name")).toString();
    account.company = json.value(QLatin1String("company")).toString();
    account.phone = json.value(QLatin1String("phone")).toString();
    account.role = *role;
    account.status = *status;
    account.rejectionReason = json.value(QLatin1String("rejection_reason")).toString();
    account.referralCode = json.value(QLatin1String("referral_code")).toString();
    const auto referredBy = json.value(QLatin1String("referred_by")).toObject();
    account.referredByCode = referredBy.value(QLatin1String("code")).toString();
    account.referredByName = referredBy.value(QLatin1String("name")).toString();
    account.referralSource = json.value(QLatin1String("referral_source")).toString();
    account.createdAt = fromApiInstant(json.value(QLatin1String("created_at")).toString());
    account.decidedAt = fromApiInstant(json.value(QLatin1String("decided_at")).toString());
    // The version is the URL's own business; a client keeps the part after "v=" to compare.
    const auto avatarUrl = json.value(QLatin1String("avatar_url")).toString();
    account.avatarVersion = avatarUrl.section(QLatin1String("v="), 1);
    if (const auto onboarding = json.value(QLatin1String("onboarding")); onboarding.isObject())
        account.onboarding = AccountOnboarding::fromJson(onboarding.toObject());
    return account;
}

} // namespace kp
