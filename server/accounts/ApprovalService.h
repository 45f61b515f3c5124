#pragma once

#include "server/accounts/AccountStore.h"
#include "server/core/PageRequest.h"

namespace kp::server {

// The admin's decisions on registrations (API.md "Admin: …/approve, …/reject").
// A pending or rejected account can be approved (an admin may reconsider); only a pending one
// can be rejected. Any other move is a 409 conflict.
class ApprovalService {
public:
    explicit ApprovalService(AccountStore &accounts);

    // 422 cursor: invalid for a cursor the store did not make.
    AccountPage list(const AccountFilter &filter, const PageRequest &page);
    Account approve(const QString &accountId, const Account &admin);
    Account reject(const QString &accountId, const QString &reason, const Account &admin);

private:
    Account decide(const QString &accountId, const QList<AccountStatus> &from, AccountStatus to,
                   const std::optional<QString> &reason, const Account &admin);

    AccountStore &m_accounts;
};

} // namespace kp::server
