#pragma once

#include "client/api/ItemPage.h"
#include "shared/Account.h"

namespace kp::client {

// Administration → accounts (API.md "Admin"): the lists by status, approve and reject.
class AdminAccountsApi {
public:
    explicit AdminAccountsApi(ApiClient &api)
        : m_api(api)
    {
    }

    Reply<ItemPage<Account>> accounts(AccountStatus status, const QString &cursor = {});
    // The approved customers only: the same pages without the admins (who have no onboarding),
    // so a page may hold fewer items than the server's.
    Reply<ItemPage<Account>> approvedCustomers(const QString &cursor = {});
    Reply<NoContent> approve(const QString &accountId);
    Reply<NoContent> reject(const QString &accountId, const QString &reason);

private:
    ApiCall *list(AccountStatus status, const QString &cursor, std::optional<AccountRole> role = std::nullopt);

    ApiClient &m_api;
};

} // namespace kp::client
