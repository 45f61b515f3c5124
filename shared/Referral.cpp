#include "shared/Referral.h"

#include "shared/Account.h"
#include "shared/JsonValues.h"

#include <QJsonArray>

#include <array>

namespace kp {

using json::instantOrNull;
using json::stringOrNull;
using json::text;

namespace {

const std::array<std::pair<ReferralVia, const char *>, 3> kViaNames {{
    {ReferralVia::Link, "link"},
    {ReferralVia::Code, "code"},
    {ReferralVia::Admin, "admin"},
}};

QJsonValue partyJson(const ReferralParty &party)
{
    if (party.isEmpty())
        return QJsonValue::Null;
    return QJsonObject {{QStringLiteral("id"), party.id},
                        {QStringLiteral("name"), party.name},
                        {QStringLiteral("company"), party.company}};
}

ReferralParty partyFromJson(const QJsonValue &value)
{
    const auto json = value.toObject();
    return {text(json, "id"), text(json, "name"), text(json, "company")};
}

int count(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toInt();
}

} // namespace

QString referralViaName(ReferralVia via)
{
    for (const auto &[value, name] : kViaNames) {
        if (value == via)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<ReferralVia> referralViaFromName(const QString &name)
{
    for (const auto &[value, known] : kViaNames) {
        if (name == QLatin1String(known))
            return value;
    }
    return std::nullopt;
}

QJsonObject ReferralSource::toJson() const
{
    return {
        {QStringLiteral("utm_source"), stringOrNull(utmSource)},
        {QStringLiteral("utm_medium"), stringOrNull(utmMedium)},
        {QStringLiteral("utm_campaign"), stringOrNull(utmCampaign)},
        {QStringLiteral("referrer"), stringOrNull(referrer)},
        {QStringLiteral("via"), referralViaName(via)},
    };
}

ReferralSource ReferralSource::fromJson(const QJsonObject &json)
{
    return {
        .utmSource = text(json, "utm_source"),
        .utmMedium = text(json, "utm_medium"),
        .utmCampaign = text(json, "utm_campaign"),
        .referrer = text(json, "referrer"),
        .via = referralViaFromName(text(json, "via")).value_or(ReferralVia::Code),
    };
}

QJsonObject Referral::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("company"), company},
        {QStringLiteral("clicked_at"), instantOrNull(clickedAt)},
        {QStringLiteral("registered_at"), instantOrNull(registeredAt)},
        {QStringLiteral("status"), status},
        {QStringLiteral("source"), source.toJson()},
    };
}

std::optional<Referral> Referral::fromJson(const QJsonObject &json)
{
    Referral referral;
    referral.id = text(json, "id");
    referral.status = text(json, "status");
    if (referral.id.isEmpty() || referral.status.isEmpty())
        return std::nullopt;
    referral.name = text(json, "name");
    referral.company = text(json, "company");
    referral.clickedAt = fromApiInstant(text(json, "clicked_at"));
    referral.registeredAt = fromApiInstant(text(json, "registered_at"));
    referral.source = ReferralSource::fromJson(json.value(QLatin1String("source")).toObject());
    return referral;
}

QJsonObject ReferralSummary::toJson() const
{
    QJsonArray list;
    for (const auto &referral : referrals)
        list.append(referral.toJson());
    return {
        {QStringLiteral("code"), code},         {QStringLiteral("link"), link},
        {QStringLiteral("clicks"), clicks},     {QStringLiteral("registrations"), registrations},
        {QStringLiteral("approved"), approved}, {QStringLiteral("referrals"), list},
    };
}

std::optional<ReferralSummary> ReferralSummary::fromJson(const QJsonObject &json)
{
    ReferralSummary summary;
    summary.code = text(json, "code");
    summary.link = text(json, "link");
    if (summary.code.isEmpty() || summary.link.isEmpty())
        return std::nullopt;
    summary.clicks = count(json, "clicks");
    summary.registrations = count(json, "registrations");
    summary.approved = count(json, "approved");
    for (const auto &item : json.value(QLatin1String("referrals")).toArray()) {
        if (auto referral = Referral::fromJson(item.toObject()))
            summary.referrals.append(*referral);
    }
    return summary;
}

QJsonObject PartnerEntry::toJson() const
{
    return {
        {QStringLiteral("account_id"), account.id},
        {QStringLiteral("name"), account.name},
        {QStringLiteral("company"), account.company},
        {QStringLiteral("email"), email},
        {QStringLiteral("status"), status},
        {QStringLiteral("code"), code},
        {QStringLiteral("clicks"), clicks},
        {QStringLiteral("registrations"), registrations},
        {QStringLiteral("approved"), approved},
        {QStringLiteral("referred_by"), partyJson(referredBy)},
        {QStringLiteral("attributed_at"), instantOrNull(attributedAt)},
        {QStringLiteral("source"), source ? QJsonValue(source->toJson()) : QJsonValue(QJsonValue::Null)},
    };
}

std::optional<PartnerEntry> PartnerEntry::fromJson(const QJsonObject &json)
{
    PartnerEntry entry;
    entry.account = {text(json, "account_id"), text(json, "name"), text(json, "company")};
    entry.status = text(json, "status");
    if (entry.account.isEmpty() || entry.status.isEmpty())
        return std::nullopt;
    entry.email = text(json, "email");
    entry.code = text(json, "code");
    entry.clicks = count(json, "clicks");
    entry.registrations = count(json, "registrations");
    entry.approved = count(json, "approved");
    entry.referredBy = partyFromJson(json.value(QLatin1String("referred_by")));
    entry.attributedAt = fromApiInstant(text(json, "attributed_at"));
    if (const auto source = json.value(QLatin1String("source")); source.isObject())
        entry.source = ReferralSource::fromJson(source.toObject());
    return entry;
}

QJsonObject AttributionChange::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("at"), instantOrNull(at)},
        {QStringLiteral("from"), partyJson(from)},
        {QStringLiteral("to"), partyJson(to)},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("by"), partyJson(by)},
    };
}

std::optional<AttributionChange> AttributionChange::fromJson(const QJsonObject &json)
{
    AttributionChange change;
    change.id = text(json, "id");
    if (change.id.isEmpty())
        return std::nullopt;
    change.at = fromApiInstant(text(json, "at"));
    change.from = partyFromJson(json.value(QLatin1String("from")));
    change.to = partyFromJson(json.value(QLatin1String("to")));
    change.reason = text(json, "reason");
    change.by = partyFromJson(json.value(QLatin1String("by")));
    return change;
}

} // namespace kp
