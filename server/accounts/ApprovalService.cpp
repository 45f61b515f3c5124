#include "server/accounts/ApprovalService.h"

#include "server/http/ApiError.h"
#include "server/http/LogSafe.h"
#include "shared/Validation.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcApproval, "kp.approval")

namespace kp::server {

namespace v = validation;

ApprovalService::ApprovalService(AccountStore &accounts)
    : m_accounts(accounts)
{
}

AccountPage ApprovalService::list(const QString &status, const QString &limit, const QString &cursor)
{
    QMap<QString, QString> problems;
    std::optional<AccountStatus> statusFilter;
    if (!status.isEmpty()) {
        statusFilter = statusFromName(status);
        if (!statusFilter)
            problems.insert(QStringLiteral("status"), v::problem::invalid);
    }
    int pageSize = 50;
    if (!limit.isEmpty()) {
        bool ok = false;
        pageSize = limit.toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > 200)
            problems.insert(QStringLiteral("limit"), v::problem::invalid);
    }
    std::optional<AccountPage> page;
    if (problems.isEmpty()) {
        page = m_accounts.list(statusFilter, pageSize, cursor);
        if (!page)
            problems.insert(QStringLiteral("cursor"), v::problem::invalid);
    }
    if (!problems.isEmpty())
        throw ApiError::validation(problems);
    return *page;
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
        throw ApiError::validation({{QStringLiteral("reason"), *problem}});
    return decide(accountId, {AccountStatus::Pending}, AccountStatus::Rejected, normalized, admin);
}

Account ApprovalService::decide(const QString &accountId, const QList<AccountStatus> &from, AccountStatus to,
                                const std::optional<QString> &reason, const Account &admin)
{
    switch (m_accounts.decide(accountId, from, to, reason, admin.id)) {
    case AccountStore::Decision::NotFound:
        throw ApiError(ErrorCode::NotFound, QStringLiteral("No such account."));
    case AccountStore::Decision::WrongStatus:
        throw ApiError(ErrorCode::Conflict, QStringLiteral("The account has been decided on already."));
    case AccountStore::Decision::Done:
        break;
    }
    // The id came in the request path; even a matching one goes through logSafe, the one rule
    // for request text in the log.
    qCInfo(lcApproval).noquote() << "account" << logSafe(accountId) << "is now" << statusName(to) << "by" << admin.id;
    return *m_accounts.findById(accountId);
}

} // namespace kp::server
