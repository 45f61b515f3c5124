#include "client/admin/AdminAccountsApi.h"

namespace kp::client {

ApiCall *AdminAccountsApi::list(AccountStatus status, const QString &cursor)
{
    RequestOptions options;
    options.query = {{QStringLiteral("status"), statusName(status)}};
    options.query.append(pageQuery(cursor));
    return m_api.get(QStringLiteral("/api/v1/admin/accounts"), options);
}

Reply<ItemPage<Account>> AdminAccountsApi::accounts(AccountStatus status, const QString &cursor)
{
    return {list(status, cursor), decode::page<Account, &Account::fromJson>};
}

Reply<ItemPage<Account>> AdminAccountsApi::approvedCustomers(const QString &cursor)
{
    return {list(AccountStatus::Approved, cursor), [](const ApiResponse &response) {
                auto page = decode::page<Account, &Account::fromJson>(response);
                if (page)
                    page->items.removeIf([](const Account &account) { return account.isAdmin(); });
                return page;
            }};
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
