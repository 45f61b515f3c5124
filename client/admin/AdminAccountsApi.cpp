#include "client/admin/AdminAccountsApi.h"

namespace kp::client {

Reply<ItemPage<Account>> AdminAccountsApi::accounts(AccountStatus status, const QString &cursor)
{
    RequestOptions options;
    options.query = {{QStringLiteral("status"), statusName(status)}};
    options.query.append(pageQuery(cursor));
    return {m_api.get(QStringLiteral("/api/v1/admin/accounts"), options), decode::page<Account, &Account::fromJson>};
}

Reply<NoContent> AdminAccountsApi::approve(const QString &accountId)
{
    return {m_api.post(QStringLiteral("/api/v1/admin/accounts/%1/approve").arg(ApiClient::pathSegment(accountId))),
            decode::nothing};
}

Reply<NoContent> AdminAccountsApi::reject(const QString &accountId, const QString &reason)
{
    return {m_api.post(QStringLiteral("/api/v1/admin/accounts/%1/reject").arg(ApiClient::pathSegment(accountId)),
                       {{QStringLiteral("reason"), reason}}),
            decode::nothing};
}

} // namespace kp::client
