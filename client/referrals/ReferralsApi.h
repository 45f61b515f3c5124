#pragma once

#include "client/api/ItemPage.h"
#include "shared/Referral.h"

namespace kp::client {

// The partner program (API.md "Partner program"; server/referrals): the customer's own summary,
// and the admin's overview of every customer with its corrections.
class ReferralsApi {
public:
    explicit ReferralsApi(ApiClient &api)
        : m_api(api)
    {
    }

    static QString path() { return QStringLiteral("/api/v1/referrals"); }
    static QString adminPath() { return QStringLiteral("/api/v1/admin/referrals"); }
    static QString referrerPath(const QString &accountId);

    // GET /api/v1/referrals (through the response cache, so the page opens offline); 409
    // onboarding_incomplete until the checklist is complete, 403 for admins.
    Reply<ReferralSummary> summary();
    // GET /api/v1/admin/referrals?cursor=: one page of every customer, oldest account first.
    Reply<ItemPage<PartnerEntry>> partners(const QString &cursor = {}, int limit = 0);
    // Every page of partners(), one after the other, delivered together: the tree of who brought
    // whom needs the whole list. `done` and `failed` run on `context` and not once it is gone.
    static void allPartners(ApiClient &api, QObject *context,
                            const std::function<void(const QList<PartnerEntry> &)> &done,
                            const std::function<void(const ApiError &)> &failed);
    // PUT /api/v1/admin/accounts/{id}/referrer {referrer_id (null: nobody), reason} → the
    // account's entry as it now stands; 422 fields.reason / fields.referrer_id, 409 self_referral
    // or cycle at referrer_id.
    Reply<PartnerEntry> correct(const QString &accountId, const QString &referrerId, const QString &reason);
    static QJsonObject correctionBody(const QString &referrerId, const QString &reason);
    // GET …/referrer/history: the admin corrections, newest first.
    Reply<ItemPage<AttributionChange>> history(const QString &accountId);

private:
    ApiClient &m_api;
};

} // namespace kp::client
