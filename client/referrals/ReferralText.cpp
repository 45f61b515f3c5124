#include "client/referrals/ReferralText.h"

#include "client/widgets/Format.h"

namespace kp::client {

QString ReferralText::status(const QString &status)
{
    if (status == QLatin1String("approved"))
        return tr("approved");
    if (status == QLatin1String("rejected"))
        return tr("rejected");
    return tr("registered"); // "registered" (a referral) and "pending" (an account) alike
}

QString ReferralText::tone(const QString &status)
{
    if (status == QLatin1String("approved"))
        return QStringLiteral("success");
    if (status == QLatin1String("rejected"))
        return QStringLiteral("danger");
    return {};
}

QString ReferralText::via(ReferralVia via)
{
    switch (via) {
    case ReferralVia::Link:
        return tr("Personal link");
    case ReferralVia::Code:
        return tr("Code typed in by hand");
    case ReferralVia::Admin:
        return tr("Assigned by the agency");
    }
    return {};
}

namespace {

QStringList detailParts(const ReferralSource &source)
{
    QStringList parts;
    for (const auto *field : {&source.utmSource, &source.utmMedium, &source.utmCampaign}) {
        if (!field->isEmpty())
            parts.append(*field);
    }
    if (!source.referrer.isEmpty())
        parts.append(ReferralText::tr("via %1").arg(source.referrer));
    return parts;
}

} // namespace

QString ReferralText::details(const ReferralSource &source)
{
    const auto parts = detailParts(source);
    return parts.isEmpty() ? QStringLiteral("–") : parts.join(QStringLiteral(" · "));
}

QString ReferralText::source(const ReferralSource &source)
{
    const auto parts = detailParts(source);
    if (!parts.isEmpty())
        return parts.join(QStringLiteral(" · "));
    // A link without utm fields or a referring site (typed into the address bar, a QR code).
    return source.via == ReferralVia::Link ? tr("Personal link, no campaign details") : via(source.via);
}

QString ReferralText::party(const ReferralParty &party)
{
    if (party.isEmpty())
        return tr("nobody");
    return party.company.isEmpty() ? party.name : QStringLiteral("%1 (%2)").arg(party.name, party.company);
}

QString ReferralText::when(const QDateTime &instant)
{
    return instant.isValid() ? format::dateTime(instant) : QStringLiteral("–");
}

QString ReferralText::day(const QDateTime &instant)
{
    return instant.isValid() ? format::date(instant.toLocalTime().date()) : QStringLiteral("–");
}

QString ReferralText::change(const AttributionChange &change)
{
    const auto head = QStringLiteral("%1 · %2: ").arg(when(change.at), change.by.name);
    QString what;
    if (change.from.isEmpty())
        what = tr("assigned to %1.").arg(party(change.to));
    else if (change.to.isEmpty())
        what = tr("assignment to %1 removed.").arg(party(change.from));
    else
        what = tr("moved from %1 to %2.").arg(party(change.from), party(change.to));
    return head + what + QLatin1Char(' ') + tr("“%1”").arg(change.reason);
}

} // namespace kp::client
