#include "server/referrals/ClickStore.h"

#include "server/db/Database.h"
#include "server/security/Tokens.h"
#include "shared/Account.h"

namespace kp::server::referrals {
namespace {

#define CLICK_SELECT                                                                                                   \
    "SELECT id, partner_id, clicked_at, address_hash, utm_source, utm_medium, utm_campaign, referrer "                 \
    "FROM referral_clicks "

ClickRecord readClick(const Query &row)
{
    return {row.text(0), row.text(1), fromApiInstant(row.text(2)), row.text(3), row.text(4), row.text(5),
            row.text(6), row.text(7)};
}

} // namespace

ClickStore::ClickStore(Database &database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

QString ClickStore::record(const ClickRecord &click)
{
    auto &db = m_database.connection();
    WriteTransaction transaction(db);
    const auto now = m_clock();
    {
        auto reload = db.query("SELECT id FROM referral_clicks WHERE address_hash = ? AND partner_id = ? AND "
                               "clicked_at > ? ORDER BY clicked_at DESC LIMIT 1",
                               click.addressHash, click.partnerId, toInstantWithMs(now.addSecs(-kReloadS)));
        if (reload.next())
            return reload.text(0);
    }
    auto id = tokens::randomUrlSafe(16);
    db.query("INSERT INTO referral_clicks (id, partner_id, clicked_at, address_hash, utm_source, utm_medium, "
             "utm_campaign, referrer) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
             id, click.partnerId, toInstantWithMs(now), click.addressHash, nullIfEmpty(click.utmSource),
             nullIfEmpty(click.utmMedium), nullIfEmpty(click.utmCampaign), nullIfEmpty(click.referrer))
        .run();
    transaction.commit();
    return id;
}

std::optional<ClickRecord> ClickStore::earliestEvidence(const QString &clickId, const QString &partnerId,
                                                        const QString &addressHash, const QDateTime &since)
{
    auto row = m_database.connection().query(CLICK_SELECT "WHERE clicked_at >= ?1 AND "
                                                          "((id = ?2 AND partner_id = ?3) OR address_hash = ?4) "
                                                          "ORDER BY clicked_at, rowid LIMIT 1",
                                             toInstantWithMs(since), clickId, partnerId, addressHash);
    return row.next() ? std::optional(readClick(row)) : std::nullopt;
}

std::optional<ClickRecord> ClickStore::find(const QString &id)
{
    auto row = m_database.connection().query(CLICK_SELECT "WHERE id = ?", id);
    return row.next() ? std::optional(readClick(row)) : std::nullopt;
}

} // namespace kp::server::referrals
