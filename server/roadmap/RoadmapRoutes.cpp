#include "server/roadmap/RoadmapRoutes.h"

#include "server/http/Router.h"
#include "server/roadmap/RoadmapService.h"

namespace kp::server::roadmap {

void addRoadmapRoutes(Router &router, RoadmapService &service)
{
    router.add({"GET", "/api/v1/roadmap", Access::Approved, BodySpec::none()}, [&service](RequestContext &context) {
        return Reply::json(service.roadmap(context.account()).toJson());
    });
    router.add({"POST", "/api/v1/upsells/{id}/dismiss", Access::Approved, BodySpec::none()},
               [&service](RequestContext &context) {
                   service.dismiss(context.account(), context.param("id"));
                   return Reply::noContent();
               });
    router.add({"POST", "/api/v1/upsells/{id}/interest", Access::Approved, BodySpec::none()},
               [&service](RequestContext &context) {
                   service.interest(context.account(), context.param("id"));
                   return Reply::json({{QStringLiteral("status"), QStringLiteral("received")}}, 202);
               });
    router.add({"GET", "/api/v1/admin/accounts/{id}/roadmap", Access::Admin, BodySpec::none()},
               [&service](RequestContext &context) {
                   return Reply::json(service.adminRoadmap(context.param("id")).toJson());
               });
    router.add({"PUT", "/api/v1/admin/accounts/{id}/stages/{stage_id}", Access::Admin, BodySpec::json(1024)},
               [&service](RequestContext &context) {
                   return Reply::json(
                       service.mark(context.account(), context.param("id"), context.param("stage_id"), context.json())
                           .toJson());
               });
}

} // namespace kp::server::roadmap
