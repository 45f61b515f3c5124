#include "client/admin/AdminAccountsApi.h"

namespace kp::client {

ApiCall *AdminAccountsApi::list(AccountStatus status, const QString &cursor, std::optional<AccountRole> role)
{
    RequestOptions options;
    options.query = {{QStringLiteral("status"), statusName(status)}};
    if (role)
        options.query.append({QStringLiteral("role"), roleName(*role)});
    options.query.append(pageQuery(cursor));
    return m_api.get(QStringLiteral("/api/v1/admin/accounts"), options);
}

Reply<ItemPage<Account>> AdminAccountsApi::accounts(AccountStatus status, const QString &cursor)
{
    return {list(status, cursor), decode::page<Account, &Account::fromJson>};
}

Reply<ItemPage<Account>> AdminAccountsApi::approvedCustomers(const QString &cursor)
{
    return {list(AccountStatus::Approved, cursor, AccountRole::Customer), decode::page<Account, &Account::fromJson>};
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
