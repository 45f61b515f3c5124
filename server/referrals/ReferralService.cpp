#include "server/referrals/ReferralService.h"

#include "server/accounts/AccountStore.h"
#include "server/core/DomainError.h"
#include "server/db/Database.h"
#include "server/http/JsonFields.h"
#include "server/referrals/AddressHasher.h"
#include "server/referrals/AttributionStore.h"
#include "server/referrals/ClickStore.h"
#include "shared/Referral.h"
#include "shared/Validation.h"

#include <QJsonArray>
#include <QSet>
#include <QUrl>

namespace kp::server::referrals {
namespace {

namespace v = kp::validation;

constexpr int kSourceMax = 200;
constexpr int kReasonMin = 3;

DomainError noSuchAccount()
{
    return DomainError(ErrorCode::NotFound, QStringLiteral("There is no such account."));
}

} // namespace

ReferralService::ReferralService(Database &database, ClickStore &clicks, AttributionStore &attributions,
                                 AccountStore &accounts, const AddressHasher &hasher, QString publicUrl)
    : m_database(database)
    , m_clicks(clicks)
    , m_attributions(attributions)
    , m_accounts(accounts)
    , m_hasher(hasher)
    , m_publicUrl(std::move(publicUrl))
{
    while (m_publicUrl.endsWith(QLatin1Char('/')))
        m_publicUrl.chop(1);
}

QString ReferralService::sourceText(const QString &text)
{
    // Control characters would be no source anyone typed; they go, the rest is kept as sent.
    QString kept;
    for (const auto character : v::normalizeText(text)) {
        if (character.category() != QChar::Other_Control && character.category() != QChar::Other_Format)
            kept.append(character);
    }
    return kept.left(kSourceMax).trimmed();
}

QString ReferralService::refererHost(const QString &header)
{
    const QUrl url(header.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return {};
    return url.host().toLower().left(kSourceMax);
}

std::optional<QString> ReferralService::knownCode(const QString &code)
{
    if (v::checkReferralCode(code) || !m_accounts.idForReferralCode(code))
        return std::nullopt;
    return code.toUpper();
}

std::optional<QString> ReferralService::recordClick(const QString &code, const ClickOrigin &origin)
{
    if (v::checkReferralCode(code))
        return std::nullopt;
    const auto partnerId = m_accounts.idForReferralCode(code);
    if (!partnerId)
        return std::nullopt;
    ClickRecord click;
    click.partnerId = *partnerId;
    click.addressHash = m_hasher.hash(origin.clientAddress);
    click.utmSource = sourceText(origin.utmSource);
    click.utmMedium = sourceText(origin.utmMedium);
    click.utmCampaign = sourceText(origin.utmCampaign);
    click.referrer = refererHost(origin.refererHeader);
    return m_clicks.record(click);
}

QJsonObject ReferralService::summary(const Account &customer)
{
    if (customer.isAdmin())
        throw DomainError(ErrorCode::Forbidden, QStringLiteral("The partner program is for customers."));
    ReferralSummary summary;
    summary.code = customer.referralCode;
    summary.link = m_publicUrl + QStringLiteral("/r/") + customer.referralCode;
    {
        ReadTransaction snapshot(m_database.connection());
        const auto figures = m_attributions.figures(customer.id);
        summary.clicks = figures.clicks;
        summary.registrations = figures.registrations;
        summary.approved = figures.approved;
        summary.referrals = m_attributions.referralsOf(customer.id);
    }
    return summary.toJson();
}

QJsonObject ReferralService::partners(const PageRequest &page)
{
    const auto found = m_attributions.partners(page);
    if (!found)
        throw DomainError::validation({{QStringLiteral("cursor"), v::problem::invalid}});
    QJsonArray items;
    for (const auto &entry : found->items)
        items.append(entry.toJson());
    return {{QStringLiteral("items"), items},
            {QStringLiteral("next_cursor"),
             found->nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(found->nextCursor)}};
}

Account ReferralService::requireCustomer(const QString &accountId)
{
    const auto account = m_accounts.findById(accountId);
    if (!account)
        throw noSuchAccount();
    return *account;
}

QJsonObject ReferralService::correct(const Account &admin, const QString &accountId, const QJsonObject &body)
{
    const auto account = requireCustomer(accountId);
    JsonFields read(body);
    const auto referrer = read.nullableString(QStringLiteral("referrer_id"));
    const auto typed = read.requiredString(QStringLiteral("reason"));
    const auto reason = v::normalizeText(typed);
    if (referrer.isAbsent())
        read.addProblem(QStringLiteral("referrer_id"), v::problem::required);
    if (!typed.isNull() && reason.size() < kReasonMin)
        read.addProblem(QStringLiteral("reason"), v::problem::tooShort);
    else if (reason.size() > v::limits::reasonMax)
        read.addProblem(QStringLiteral("reason"), v::problem::tooLong);
    read.finish();
    if (account.isAdmin())
        throw DomainError(ErrorCode::ValidationFailed,
                          QStringLiteral("Admin accounts take part in no partner program."),
                          {{QStringLiteral("id"), v::problem::invalid}});

    const std::optional<QString> partnerId = referrer.value;
    WriteTransaction transaction(m_database.connection());
    if (partnerId) {
        const auto partner = m_accounts.findById(*partnerId);
        if (!partner)
            throw DomainError::validation({{QStringLiteral("referrer_id"), v::problem::unknown}});
        if (partner->isAdmin())
            throw DomainError(ErrorCode::ValidationFailed, QStringLiteral("An admin account cannot be a partner."),
                              {{QStringLiteral("referrer_id"), v::problem::invalid}});
        if (partner->id == account.id)
            throw DomainError(ErrorCode::Conflict, QStringLiteral("An account cannot have brought itself."),
                              {{QStringLiteral("referrer_id"), QStringLiteral("self_referral")}});
        // Up the chain from the new partner: meeting the account means it would have brought
        // someone who brought it.
        QSet<QString> seen;
        for (auto up = m_attributions.partnerOf(*partnerId); up && !seen.contains(*up);
             up = m_attributions.partnerOf(*up)) {
            if (*up == account.id)
                throw DomainError(ErrorCode::Conflict,
                                  QStringLiteral("This would make a cycle: the account brought this partner."),
                                  {{QStringLiteral("referrer_id"), QStringLiteral("cycle")}});
            seen.insert(*up);
        }
    }
    m_attributions.correct(account.id, partnerId, reason, admin.id);
    const auto entry = m_attributions.partner(account.id);
    transaction.commit();
    return entry ? entry->toJson() : QJsonObject();
}

QJsonObject ReferralService::history(const QString &accountId)
{
    requireCustomer(accountId);
    QJsonArray items;
    for (const auto &change : m_attributions.history(accountId))
        items.append(change.toJson());
    return {{QStringLiteral("items"), items}, {QStringLiteral("next_cursor"), QJsonValue(QJsonValue::Null)}};
}

} // namespace kp::server::referrals
