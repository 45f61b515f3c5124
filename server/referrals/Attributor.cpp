#include "server/referrals/Attributor.h"

#include "server/accounts/AccountStore.h"
#include "server/core/DomainError.h"
#include "server/referrals/AddressHasher.h"
#include "server/referrals/AttributionStore.h"
#include "server/referrals/ClickStore.h"
#include "server/referrals/ReferralSettings.h"

namespace kp::server::referrals {
namespace {

// "Anna.B+partner@Example.de" → "anna.b@example.de": a +tag makes no other person.
QString personalEmail(const QString &email)
{
    const auto at = email.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return email.toLower();
    auto local = email.left(at);
    const auto plus = local.indexOf(QLatin1Char('+'));
    if (plus >= 0)
        local.truncate(plus);
    return (local + email.mid(at)).toLower();
}

} // namespace

Attributor::Attributor(ClickStore &clicks, AttributionStore &attributions, AccountStore &accounts,
                       const AddressHasher &hasher, const ReferralSettings &settings)
    : m_clicks(clicks)
    , m_attributions(attributions)
    , m_accounts(accounts)
    , m_hasher(hasher)
    , m_settings(settings)
{
}

bool Attributor::samePerson(const Account &a, const Account &b)
{
    return personalEmail(a.email) == personalEmail(b.email) || (!a.phone.isEmpty() && a.phone == b.phone);
}

void Attributor::attribute(const Account &account, const ReferralClaim &claim)
{
    const auto registeredAt = account.createdAt.isValid() ? account.createdAt : m_clicks.now();
    const auto evidence = m_clicks.earliestEvidence(claim.clickId, claim.partnerId, m_hasher.hash(claim.clientAddress),
                                                    registeredAt.addDays(-m_settings.windowDays));
    AttributionRecord record;
    record.accountId = account.id;
    record.partnerId = evidence ? evidence->partnerId : claim.partnerId;
    record.via = evidence ? ReferralVia::Link : ReferralVia::Code;
    record.clickId = evidence ? evidence->id : QString();
    record.attributedAt = registeredAt;
    const auto partner = m_accounts.findById(record.partnerId);
    if (partner && samePerson(*partner, account))
        throw DomainError(ErrorCode::Conflict, QStringLiteral("You cannot use your own referral link."),
                          {{QStringLiteral("referral_code"), QStringLiteral("self_referral")}});
    m_attributions.insert(record);
}

} // namespace kp::server::referrals
