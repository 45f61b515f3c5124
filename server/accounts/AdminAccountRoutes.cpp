#include "server/accounts/AccountRoutes.h"

#include "server/accounts/AccountViews.h"
#include "server/accounts/ApprovalService.h"
#include "server/http/JsonFields.h"
#include "server/http/Paging.h"
#include "server/http/Router.h"
#include "shared/Validation.h"

namespace kp::server {
namespace {

Reply listAccounts(ApprovalService &approvals, const AccountViews &views, RequestContext &context)
{
    QMap<QString, QString> problems;
    AccountFilter filter;
    if (const auto name = context.query("status"); !name.isEmpty()) {
        filter.status = statusFromName(name);
        if (!filter.status)
            problems.insert(QStringLiteral("status"), validation::problem::invalid);
    }
    if (const auto name = context.query("role"); !name.isEmpty()) {
        filter.role = roleFromName(name);
        if (!filter.role)
            problems.insert(QStringLiteral("role"), validation::problem::invalid);
    }
    const auto page = readPageRequest(context, problems);
    if (!problems.isEmpty())
        throw DomainError::validation(problems);
    const auto found = approvals.list(filter, page);
    return Reply::json(
        pageJson(found.items, found.nextCursor, [&views](const Account &account) { return views.json(account); }));
}

Reply reject(ApprovalService &approvals, const AccountViews &views, RequestContext &context)
{
    JsonFields body(context.json());
    const auto reason = body.requiredString(QStringLiteral("reason"));
    body.finish();
    return Reply::json(views.json(approvals.reject(context.param("id"), reason, context.account())));
}

} // namespace

void addAdminAccountRoutes(Router &router, ApprovalService &approvals, const AccountViews &views)
{
    router.add({"GET", "/api/v1/admin/accounts", Access::Admin, BodySpec::none()},
               [&approvals, &views](RequestContext &context) { return listAccounts(approvals, views, context); });
    router.add({"POST", "/api/v1/admin/accounts/{id}/approve", Access::Admin, BodySpec::none()},
               [&approvals, &views](RequestContext &context) {
                   return Reply::json(views.json(approvals.approve(context.param("id"), context.account())));
               });
    router.add({"POST", "/api/v1/admin/accounts/{id}/reject", Access::Admin, BodySpec::json(8 * 1024)},
               [&approvals, &views](RequestContext &context) { return reject(approvals, views, context); });
}

} // namespace kp::server
