#include "server/referrals/AttributionStore.h"

#include "server/db/Database.h"
#include "server/db/RowidCursor.h"
#include "server/referrals/ClickStore.h"
#include "server/security/Tokens.h"
#include "shared/Account.h"

namespace kp::server::referrals {
namespace {

// A partner's three figures as columns of a row that names it `a`.
#define PARTNER_FIGURES                                                                                                \
    "(SELECT count(*) FROM referral_clicks k WHERE k.partner_id = a.id), "                                             \
    "(SELECT count(*) FROM referral_attributions t WHERE t.partner_id = a.id), "                                       \
    "(SELECT count(*) FROM referral_attributions t JOIN accounts x ON x.id = t.account_id "                            \
    "WHERE t.partner_id = a.id AND x.status = 'approved') "

#define ENTRY_SELECT                                                                                                   \
    "SELECT a.id, a.name, a.company, a.email, a.status, a.referral_code, " PARTNER_FIGURES                             \
    ", p.id, p.name, p.company, ra.attributed_at, ra.via, c.utm_source, c.utm_medium, c.utm_campaign, c.referrer, "    \
    "a.rowid FROM accounts a LEFT JOIN referral_attributions ra ON ra.account_id = a.id "                              \
    "LEFT JOIN accounts p ON p.id = ra.partner_id LEFT JOIN referral_clicks c ON c.id = ra.click_id "                  \
    "WHERE a.role = 'customer' "
constexpr int kEntryRowid = 18;

ReferralSource readSource(const Query &row, int first, ReferralVia via)
{
    return {row.text(first), row.text(first + 1), row.text(first + 2), row.text(first + 3), via};
}

PartnerEntry readEntry(const Query &row)
{
    PartnerEntry entry;
    entry.account = {row.text(0), row.text(1), row.text(2)};
    entry.email = row.text(3);
    entry.status = row.text(4);
    entry.code = row.text(5);
    entry.clicks = int(row.integer(6));
    entry.registrations = int(row.integer(7));
    entry.approved = int(row.integer(8));
    if (!row.isNull(9)) {
        entry.referredBy = {row.text(9), row.text(10), row.text(11)};
        entry.attributedAt = fromApiInstant(row.text(12));
        entry.source = readSource(row, 14, referralViaFromName(row.text(13)).value_or(ReferralVia::Code));
    }
    return entry;
}

ReferralParty readParty(const Query &row, int first)
{
    return row.isNull(first) ? ReferralParty {}
                             : ReferralParty {row.text(first), row.text(first + 1), row.text(first + 2)};
}

// The API's status of a referred account: "registered" while it waits for approval.
QString referralStatus(const QString &accountStatus)
{
    return accountStatus == QLatin1String("pending") ? QStringLiteral("registered") : accountStatus;
}

// Pages in registration order.
constexpr QByteArrayView kPartnerCursor = "p:";

} // namespace

AttributionStore::AttributionStore(Database &database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

void AttributionStore::insert(const AttributionRecord &record)
{
    m_database.connection()
        .query("INSERT INTO referral_attributions (account_id, partner_id, via, click_id, attributed_at) "
               "VALUES (?, ?, ?, ?, ?)",
               record.accountId, record.partnerId, referralViaName(record.via),
               record.clickId.isEmpty() ? std::nullopt : std::optional(record.clickId),
               toApiInstant(record.attributedAt))
        .run();
}

std::optional<QString> AttributionStore::partnerOf(const QString &accountId)
{
    auto row
        = m_database.connection().query("SELECT partner_id FROM referral_attributions WHERE account_id = ?", accountId);
    return row.next() ? std::optional(row.text(0)) : std::nullopt;
}

std::optional<std::pair<QString, QString>> AttributionStore::partnerCodeAndName(const QString &accountId)
{
    auto row = m_database.connection().query("SELECT p.referral_code, p.name FROM referral_attributions ra "
                                             "JOIN accounts p ON p.id = ra.partner_id WHERE ra.account_id = ?",
                                             accountId);
    return row.next() ? std::optional(std::pair(row.text(0), row.text(1))) : std::nullopt;
}

PartnerFigures AttributionStore::figures(const QString &partnerId)
{
    auto row = m_database.connection().query("SELECT " PARTNER_FIGURES "FROM accounts a WHERE a.id = ?", partnerId);
    if (!row.next())
        return {};
    return {int(row.integer(0)), int(row.integer(1)), int(row.integer(2))};
}

QList<Referral> AttributionStore::referralsOf(const QString &partnerId)
{
    auto rows = m_database.connection().query(
        "SELECT a.id, a.name, a.company, c.clicked_at, a.created_at, a.status, ra.via, c.utm_source, c.utm_medium, "
        "c.utm_campaign, c.referrer FROM referral_attributions ra JOIN accounts a ON a.id = ra.account_id "
        "LEFT JOIN referral_clicks c ON c.id = ra.click_id WHERE ra.partner_id = ? "
        "ORDER BY a.created_at DESC, a.rowid DESC",
        partnerId);
    QList<Referral> all;
    while (rows.next()) {
        Referral referral;
        referral.id = rows.text(0);
        referral.name = rows.text(1);
        referral.company = rows.text(2);
        referral.clickedAt = fromApiInstant(rows.text(3));
        referral.registeredAt = fromApiInstant(rows.text(4));
        referral.status = referralStatus(rows.text(5));
        referral.source = readSource(rows, 7, referralViaFromName(rows.text(6)).value_or(ReferralVia::Code));
        all.append(referral);
    }
    return all;
}

std::optional<PartnerPage> AttributionStore::partners(const PageRequest &page)
{
    qint64 afterRowid = 0;
    if (!page.cursor.isEmpty()) {
        const auto decoded = decodeRowidCursor(kPartnerCursor, page.cursor);
        if (!decoded)
            return std::nullopt;
        afterRowid = *decoded;
    }
    auto &db = m_database.connection();
    ReadTransaction snapshot(db);
    auto rows = db.query(ENTRY_SELECT "AND a.rowid > ? ORDER BY a.rowid LIMIT ?", afterRowid, page.limit + 1);
    PartnerPage result;
    qint64 lastRowid = 0;
    while (rows.next()) {
        // One row more than the page holds means "there is more".
        if (result.items.size() == page.limit) {
            result.nextCursor = encodeRowidCursor(kPartnerCursor, lastRowid);
            break;
        }
        result.items.append(readEntry(rows));
        lastRowid = rows.integer(kEntryRowid);
    }
    return result;
}

std::optional<PartnerEntry> AttributionStore::partner(const QString &accountId)
{
    auto row = m_database.connection().query(ENTRY_SELECT "AND a.id = ?", accountId);
    return row.next() ? std::optional(readEntry(row)) : std::nullopt;
}

void AttributionStore::correct(const QString &accountId, const std::optional<QString> &partnerId, const QString &reason,
                               const QString &adminId)
{
    auto &db = m_database.connection();
    WriteTransaction transaction(db);
    const auto before = partnerOf(accountId);
    const auto now = m_clock();
    if (partnerId)
        db.query("INSERT INTO referral_attributions (account_id, partner_id, via, click_id, attributed_at) "
                 "VALUES (?1, ?2, 'admin', NULL, ?3) ON CONFLICT (account_id) DO UPDATE SET "
                 "partner_id = ?2, via = 'admin', click_id = NULL, attributed_at = ?3",
                 accountId, *partnerId, toApiInstant(now))
            .run();
    else
        db.query("DELETE FROM referral_attributions WHERE account_id = ?", accountId).run();
    db.query("INSERT INTO referral_changes (id, account_id, changed_at, from_partner_id, to_partner_id, reason, "
             "admin_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
             QStringLiteral("rch_") + tokens::randomCode(16).toLower(), accountId, toInstantWithMs(now), before,
             partnerId, reason, adminId)
        .run();
    transaction.commit();
}

QList<AttributionChange> AttributionStore::history(const QString &accountId)
{
    auto rows = m_database.connection().query(
        "SELECT h.id, h.changed_at, f.id, f.name, f.company, t.id, t.name, t.company, h.reason, b.id, b.name "
        "FROM referral_changes h LEFT JOIN accounts f ON f.id = h.from_partner_id "
        "LEFT JOIN accounts t ON t.id = h.to_partner_id LEFT JOIN accounts b ON b.id = h.admin_id "
        "WHERE h.account_id = ? ORDER BY h.changed_at DESC, h.rowid DESC",
        accountId);
    QList<AttributionChange> all;
    while (rows.next()) {
        AttributionChange change;
        change.id = rows.text(0);
        change.at = fromApiInstant(rows.text(1));
        change.from = readParty(rows, 2);
        change.to = readParty(rows, 5);
        change.reason = rows.text(8);
        if (!rows.isNull(9))
            change.by = {rows.text(9), rows.text(10), {}};
        all.append(change);
    }
    return all;
}

} // namespace kp::server::referrals
