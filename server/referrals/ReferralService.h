#pragma once

#include "server/core/PageRequest.h"
#include "shared/Account.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace kp::server {

class AccountStore;
class Database;

namespace referrals {

class AddressHasher;
class AttributionStore;
class ClickStore;

// Where a click on a partner link came from, as the request tells it.
struct ClickOrigin {
    QString clientAddress; // hashed, never stored
    QString utmSource;     // the query's utm_* values, as sent
    QString utmMedium;
    QString utmCampaign;
    QString refererHeader; // the whole header; only its host is kept
};

// The partner program's rules beyond attribution (API.md "Partner program"): clicks, a
// customer's summary, the admins' overview and corrections. Knows nothing of HTTP.
class ReferralService {
public:
    ReferralService(Database &database, ClickStore &clicks, AttributionStore &attributions, AccountStore &accounts,
                    const AddressHasher &hasher, QString publicUrl);

    // The code's canonical form when an account owns it, else nullopt.
    std::optional<QString> knownCode(const QString &code);
    // Records a click on `code`'s link (or finds the reload's earlier one): its id; nullopt for
    // an unknown code, which records nothing.
    std::optional<QString> recordClick(const QString &code, const ClickOrigin &origin);

    // GET /api/v1/referrals. Throws 403 for an admin (admins have no partner page).
    QJsonObject summary(const Account &customer);
    // GET /api/v1/admin/referrals
    QJsonObject partners(const PageRequest &page);
    // PUT /api/v1/admin/accounts/{id}/referrer
    QJsonObject correct(const Account &admin, const QString &accountId, const QJsonObject &body);
    // GET /api/v1/admin/accounts/{id}/referrer/history
    QJsonObject history(const QString &accountId);

    // Normalised text of at most 200 characters (utm values), empty for nothing.
    static QString sourceText(const QString &text);
    // The host of a Referer header, lower case, or empty.
    static QString refererHost(const QString &header);

private:
    Account requireCustomer(const QString &accountId);

    Database &m_database;
    ClickStore &m_clicks;
    AttributionStore &m_attributions;
    AccountStore &m_accounts;
    const AddressHasher &m_hasher;
    QString m_publicUrl;
};

} // namespace referrals
} // namespace kp::server
