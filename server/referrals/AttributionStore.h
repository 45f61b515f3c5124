#pragma once

#include "server/core/PageRequest.h"
#include "server/security/Clock.h"
#include "shared/Referral.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kp::server {

class Database;

namespace referrals {

// A row of `referral_attributions`: who brought an account, and how.
struct AttributionRecord {
    QString accountId;
    QString partnerId;
    ReferralVia via = ReferralVia::Code;
    QString clickId; // via Link only
    QDateTime attributedAt;
};

// A partner's figures: clicks on its link, accounts it brought, and how many of those are approved.
struct PartnerFigures {
    int clicks = 0;
    int registrations = 0;
    int approved = 0;
};

struct PartnerPage {
    QList<PartnerEntry> items;
    QString nextCursor; // empty on the last page
};

// Owns every SQL statement on `referral_attributions` and `referral_changes` (the admins'
// corrections, written in the correction's own transaction), and the partner program's reads
// that join them with accounts and clicks. Each write joins a caller's WriteTransaction.
class AttributionStore {
public:
    AttributionStore(Database &database, Clock clock);

    void insert(const AttributionRecord &record);
    std::optional<QString> partnerOf(const QString &accountId);
    // The partner's code and name of the account's attribution, for how /me shows it.
    std::optional<std::pair<QString, QString>> partnerCodeAndName(const QString &accountId);

    PartnerFigures figures(const QString &partnerId);
    // Newest registration first.
    QList<Referral> referralsOf(const QString &partnerId);

    // Every customer account in registration order; nullopt for a cursor this store did not make.
    std::optional<PartnerPage> partners(const PageRequest &page);
    std::optional<PartnerEntry> partner(const QString &accountId);

    // Sets the account's partner (via admin, no click) or, with nullopt, removes it, and writes
    // the history row; `adminId` made the change.
    void correct(const QString &accountId, const std::optional<QString> &partnerId, const QString &reason,
                 const QString &adminId);
    // Newest first.
    QList<AttributionChange> history(const QString &accountId);

private:
    Database &m_database;
    Clock m_clock;
};

} // namespace referrals
} // namespace kp::server
