#pragma once

#include "server/security/Clock.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace kp::server {

class Database;

namespace referrals {

// A row of `referral_clicks` (0008_referrals.sql).
struct ClickRecord {
    QString id;
    QString partnerId;
    QDateTime clickedAt;
    QString addressHash;
    QString utmSource; // empty: none
    QString utmMedium;
    QString utmCampaign;
    QString referrer; // host only
};

// Owns every SQL statement on `referral_clicks`. Each write joins a caller's WriteTransaction
// where there is one.
class ClickStore {
public:
    // A reload within this time from the same address for the same partner is the same click.
    static constexpr qint64 kReloadS = 30 * 60;

    ClickStore(Database &database, Clock clock);

    // Stores a click now (id, partner, hash and source fields taken from `click`), unless the
    // same address clicked the same partner's link within kReloadS: then that click's id.
    QString record(const ClickRecord &click);

    // The earliest click since `since` that is either `clickId` (when it is `partnerId`'s) or
    // one from `addressHash`: the evidence a registration is attributed by.
    std::optional<ClickRecord> earliestEvidence(const QString &clickId, const QString &partnerId,
                                                const QString &addressHash, const QDateTime &since);
    std::optional<ClickRecord> find(const QString &id);

    QDateTime now() const { return m_clock(); }

private:
    Database &m_database;
    Clock m_clock;
};

} // namespace referrals
} // namespace kp::server
