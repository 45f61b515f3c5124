#include "client/referrals/ReferralsApi.h"

#include <QPointer>
#include <QUuid>

namespace kp::client {
namespace {

void fetchFrom(ApiClient &api, const QPointer<QObject> &context, const QString &cursor, QList<PartnerEntry> found,
               const std::function<void(const QList<PartnerEntry> &)> &done,
               const std::function<void(const ApiError &)> &failed)
{
    if (!context)
        return;
    ReferralsApi(api)
        .partners(cursor)
        .onSuccess(context,
                   [&api, context, found = std::move(found), done, failed](const ItemPage<PartnerEntry> &page) {
                       auto all = found;
                       all.append(page.items);
                       if (page.hasMore())
                           fetchFrom(api, context, page.nextCursor, all, done, failed);
                       else
                           done(all);
                   })
        .onFailure(context, failed);
}

} // namespace

QString ReferralsApi::referrerPath(const QString &accountId)
{
    return QStringLiteral("/api/v1/admin/accounts/") + ApiClient::pathSegment(accountId) + QStringLiteral("/referrer");
}

Reply<ReferralSummary> ReferralsApi::summary()
{
    return {m_api.get(path()), decode::object<&ReferralSummary::fromJson>};
}

Reply<ItemPage<PartnerEntry>> ReferralsApi::partners(const QString &cursor, int limit)
{
    RequestOptions options;
    options.query = pageQuery(cursor, limit);
    return {m_api.get(adminPath(), options), decode::page<PartnerEntry, &PartnerEntry::fromJson>};
}

void ReferralsApi::allPartners(ApiClient &api, QObject *context,
                               const std::function<void(const QList<PartnerEntry> &)> &done,
                               const std::function<void(const ApiError &)> &failed)
{
    fetchFrom(api, context, {}, {}, done, failed);
}

QJsonObject ReferralsApi::correctionBody(const QString &referrerId, const QString &reason)
{
    return {{QStringLiteral("referrer_id"), referrerId.isEmpty() ? QJsonValue(QJsonValue::Null) : referrerId},
            {QStringLiteral("reason"), reason}};
}

Reply<PartnerEntry> ReferralsApi::correct(const QString &accountId, const QString &referrerId, const QString &reason)
{
    RequestOptions options;
    // A repeat after a lost answer must not write a second history row.
    options.idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    return {m_api.put(referrerPath(accountId), correctionBody(referrerId, reason), options),
            decode::object<&PartnerEntry::fromJson>};
}

Reply<ItemPage<AttributionChange>> ReferralsApi::history(const QString &accountId)
{
    return {m_api.get(referrerPath(accountId) + QStringLiteral("/history")),
            decode::page<AttributionChange, &AttributionChange::fromJson>};
}

} // namespace kp::client
