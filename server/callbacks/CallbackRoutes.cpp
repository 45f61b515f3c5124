#include "server/callbacks/CallbackRoutes.h"

#include "server/callbacks/CallbackService.h"
#include "server/http/JsonFields.h"
#include "server/http/Paging.h"
#include "server/http/Router.h"

namespace kp::server::callbacks {
namespace {

// A 500-character note and a phone number, with room for JSON escapes.
constexpr std::size_t kMaxRequestBody = 8 * 1024;

PageRequest pageOf(const RequestContext &context)
{
    QMap<QString, QString> problems;
    auto page = readPageRequest(context, problems);
    if (!problems.isEmpty())
        throw DomainError::validation(problems);
    return page;
}

} // namespace

void addCallbackRoutes(Router &router, CallbackService &service)
{
    router.add({"POST", "/api/v1/callbacks", Access::Approved, BodySpec::json(kMaxRequestBody)},
               [&service](RequestContext &context) {
                   return Reply::json(service.request(context.account(), context.json()), 202);
               });
    router.add({"GET", "/api/v1/callbacks", Access::Approved, BodySpec::none()}, [&service](RequestContext &context) {
        return Reply::json(service.ownList(context.account(), pageOf(context)));
    });
    router.add({"GET", "/api/v1/callbacks/{id}", Access::Approved, BodySpec::none()},
               [&service](RequestContext &context) {
                   return Reply::json(service.own(context.account(), context.param("id")));
               });
    router.add({"GET", "/api/v1/admin/callbacks", Access::Admin, BodySpec::none()},
               [&service](RequestContext &context) {
                   const auto page = pageOf(context);
                   return Reply::json(service.adminList(context.query("status"), page));
               });
    router.add({"GET", "/api/v1/admin/callbacks/{id}", Access::Admin, BodySpec::none()},
               [&service](RequestContext &context) { return Reply::json(service.adminGet(context.param("id"))); });
    router.add({"PATCH", "/api/v1/admin/callbacks/{id}", Access::Admin, BodySpec::json(1024)},
               [&service](RequestContext &context) {
                   JsonFields body(context.json());
                   const auto status = body.requiredString(QStringLiteral("status"));
                   body.finish();
                   return Reply::json(service.setStatus(context.param("id"), status));
               });
}

} // namespace kp::server::callbacks
