#pragma once

#include "server/security/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace kp::server {

class Database;

namespace roadmap {

// What a customer did with one upsell.
struct UpsellResponse {
    QDateTime dismissedAt;  // invalid: not dismissed
    QDateTime interestedAt; // invalid: no interest
};

// Owns every SQL statement on `upsell_dismissals` and `upsell_interests`. Each write joins a
// caller's WriteTransaction.
class UpsellResponseStore {
public:
    UpsellResponseStore(Database &database, Clock clock);

    // upsell id → the customer's responses (only upsells with one).
    QHash<QString, UpsellResponse> of(const QString &accountId);
    void dismiss(const QString &accountId, const QString &upsellId); // idempotent
    // True when this is the customer's first interest in the upsell.
    bool addInterest(const QString &accountId, const QString &upsellId);
    // The callback request that told the agency of the interest.
    void linkCallback(const QString &accountId, const QString &upsellId, const QString &callbackId);

private:
    Database &m_database;
    Clock m_clock;
};

} // namespace roadmap
} // namespace kp::server
