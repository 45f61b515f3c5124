#include "server/accounts/AccountRoutes.h"

#include "server/accounts/ApprovalService.h"
#include "server/http/JsonFields.h"
#include "server/http/Router.h"

#include <QJsonArray>

namespace kp::server {
namespace {

Reply listAccounts(ApprovalService &approvals, RequestContext &context)
{
    const auto page = approvals.list(context.query("status"), context.query("limit"), context.query("cursor"));
    QJsonArray items;
    for (const auto &account : page.items)
        items.append(account.toJson());
    return Reply::json({{QStringLiteral("items"), items},
                        {QStringLiteral("next_cursor"),
                         page.nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(page.nextCursor)}});
}

Reply reject(ApprovalService &approvals, RequestContext &context)
{
    JsonFields body(context.json());
    const auto reason = body.requiredString(QStringLiteral("reason"));
    body.finish();
    return Reply::json(approvals.reject(context.param(0), reason, context.account()).toJson());
}

} // namespace

void addAdminAccountRoutes(Router &router, ApprovalService &approvals)
{
    router.add({"GET", "/api/v1/admin/accounts", Access::Admin, Router::kNoBody},
               [&approvals](RequestContext &context) { return listAccounts(approvals, context); });
    router.add({"POST", "/api/v1/admin/accounts/{id}/approve", Access::Admin, Router::kNoBody},
               [&approvals](RequestContext &context) {
                   return Reply::json(approvals.approve(context.param(0), context.account()).toJson());
               });
    router.add({"POST", "/api/v1/admin/accounts/{id}/reject", Access::Admin, 8 * 1024},
               [&approvals](RequestContext &context) { return reject(approvals, context); });
}

} // namespace kp::server
