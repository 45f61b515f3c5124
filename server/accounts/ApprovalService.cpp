#include "server/accounts/ApprovalService.h"

#include "server/core/DomainError.h"
#include "server/core/LogSafe.h"
#include "shared/Validation.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcApproval, "kp.approval")

namespace kp::server {

namespace v = validation;

ApprovalService::ApprovalService(AccountStore &accounts)
    : m_accounts(accounts)
{
}

AccountPage ApprovalService::list(const AccountFilter &filter, const PageRequest &page)
{
    auto found = m_accounts.list(filter, page.limit, page.cursor);
    if (!found)
        throw DomainError::validation({{QStringLiteral("cursor"), v::problem::invalid}});
    return *found;
}

Account ApprovalService::approve(const QString &accountId, const Account &admin)
{
    return decide(accountId, {AccountStatus::Pending, AccountStatus::Rejected}, AccountStatus::Approved, std::nullopt,
                  admin);
}

Account ApprovalService::reject(const QString &accountId, const QString &reason, const Account &admin)
{
    const auto normalized = v::normalizeText(reason);
    if (const auto problem = v::checkDisplayText(normalized, v::limits::reasonMax))
        throw DomainError::validation({{QStringLiteral("reason"), *problem}});
    return decide(accountId, {AccountStatus::Pending}, AccountStatus::Rejected, normalized, admin);
}

Account ApprovalService::decide(const QString &accountId, const QList<AccountStatus> &from, AccountStatus to,
                                const std::optional<QString> &reason, const Account &admin)
{
    switch (m_accounts.decide(accountId, from, to, reason, admin.id)) {
    case AccountStore::Decision::NotFound:
        throw DomainError(ErrorCode::NotFound, QStringLiteral("No such account."));
    case AccountStore::Decision::WrongStatus:
        throw DomainError(ErrorCode::Conflict, QStringLiteral("The account has been decided on already."));
    case AccountStore::Decision::Done:
        break;
    }
    // The id came in the request path; even a matching one goes through logSafe, the one rule
    // for request text in the log.
    qCInfo(lcApproval).noquote() << "account" << logSafe(accountId) << "is now" << statusName(to) << "by" << admin.id;
    return *m_accounts.findById(accountId);
}

} // namespace kp::server
