#include "server/http/ItemsJson.h"
#include "server/http/JsonFields.h"
#include "server/http/Router.h"
#include "server/roadmap/RoadmapContentService.h"
#include "server/roadmap/RoadmapRoutes.h"
#include "shared/ChecklistValidation.h"

#include <QJsonArray>

namespace kp::server::roadmap {
namespace {

namespace v = kp::validation;

constexpr int kMaxTitle = 200;
constexpr int kMaxText = 2000;
constexpr int kMaxShort = 300; // now_text, a call to action
constexpr int kMaxIds = 200;
constexpr std::size_t kMaxBody = 32 * 1024;

// One of `allowed`, or `fallback` when absent.
QString oneOf(JsonFields &body, const QString &key, const QStringList &allowed, const QString &fallback)
{
    auto value = body.optionalString(key).value_or(fallback);
    if (!allowed.contains(value))
        body.addProblem(key, v::problem::invalid);
    return value;
}

QStringList idList(JsonFields &body, const QString &key)
{
    QStringList ids;
    for (const auto &id : body.optionalArray(key).value_or(QJsonArray())) {
        if (!id.isString() || id.toString().isEmpty())
            body.addProblem(key, v::problem::invalidType);
        ids.append(id.toString());
    }
    if (ids.size() > kMaxIds)
        body.addProblem(key, v::problem::tooLong);
    ids.removeDuplicates();
    return ids;
}

StageContent readStage(RequestContext &context)
{
    JsonFields body(context.json());
    StageContent stage;
    stage.title = body.boundedString(QStringLiteral("title"), kMaxTitle, true);
    stage.description = body.boundedString(QStringLiteral("description"), kMaxText, false);
    stage.position = int(body.requiredInteger(QStringLiteral("position"), 0, 100000));
    stage.actor = oneOf(body, QStringLiteral("actor"), {QStringLiteral("agency"), QStringLiteral("customer")},
                        QStringLiteral("agency"));
    stage.nowText = body.boundedString(QStringLiteral("now_text"), kMaxShort, false);
    stage.itemIds = idList(body, QStringLiteral("item_ids"));
    // Without a word on it, a stage with items completes by them, any other by an admin.
    stage.completesBy = oneOf(body, QStringLiteral("completes_by"),
                              {QStringLiteral("approval"), QStringLiteral("checklist"), QStringLiteral("videos"),
                               QStringLiteral("first_leads"), QStringLiteral("items"), QStringLiteral("admin")},
                              stage.itemIds.isEmpty() ? QStringLiteral("admin") : QStringLiteral("items"));
    body.finish();
    return stage;
}

UpsellContent readUpsell(RequestContext &context)
{
    JsonFields body(context.json());
    UpsellContent upsell;
    upsell.title = body.boundedString(QStringLiteral("title"), kMaxTitle, true);
    upsell.text = body.boundedString(QStringLiteral("text"), kMaxText, false);
    upsell.cta = body.boundedString(QStringLiteral("cta"), kMaxShort, true);
    upsell.url = body.optionalString(QStringLiteral("url")).value_or(QString()).trimmed();
    if (!upsell.url.isEmpty()) {
        if (const auto problem = v::checkHttpUrl(upsell.url))
            body.addProblem(QStringLiteral("url"), *problem);
    }
    upsell.stageIds = idList(body, QStringLiteral("stage_ids"));
    body.finish();
    return upsell;
}

} // namespace

void addRoadmapContentRoutes(Router &router, RoadmapContentService &content)
{
    router.add({"GET", "/api/v1/admin/content/stages", Access::Admin, BodySpec::none()},
               [&content](RequestContext &) { return Reply::json(itemsJson(content.stages())); });
    router.add({"POST", "/api/v1/admin/content/stages", Access::Admin, BodySpec::json(kMaxBody)},
               [&content](RequestContext &context) {
                   return Reply::json(content.addStage(readStage(context)).toJson(), 201);
               });
    router.add(
        {"GET", "/api/v1/admin/content/stages/{id}", Access::Admin, BodySpec::none()},
        [&content](RequestContext &context) { return Reply::json(content.stage(context.param("id")).toJson()); });
    router.add({"PUT", "/api/v1/admin/content/stages/{id}", Access::Admin, BodySpec::json(kMaxBody)},
               [&content](RequestContext &context) {
                   return Reply::json(content.updateStage(context.param("id"), readStage(context)).toJson());
               });
    router.add({"DELETE", "/api/v1/admin/content/stages/{id}", Access::Admin, BodySpec::none()},
               [&content](RequestContext &context) {
                   content.removeStage(context.param("id"));
                   return Reply::noContent();
               });
    router.add({"POST", "/api/v1/admin/content/stages/{id}/publish", Access::Admin, BodySpec::none()},
               [&content](RequestContext &context) {
                   return Reply::json(content.publishStage(context.param("id")).toJson());
               });

    router.add({"GET", "/api/v1/admin/content/upsells", Access::Admin, BodySpec::none()},
               [&content](RequestContext &) { return Reply::json(itemsJson(content.upsells())); });
    router.add({"POST", "/api/v1/admin/content/upsells", Access::Admin, BodySpec::json(kMaxBody)},
               [&content](RequestContext &context) {
                   return Reply::json(content.addUpsell(readUpsell(context)).toJson(), 201);
               });
    router.add(
        {"GET", "/api/v1/admin/content/upsells/{id}", Access::Admin, BodySpec::none()},
        [&content](RequestContext &context) { return Reply::json(content.upsell(context.param("id")).toJson()); });
    router.add({"PUT", "/api/v1/admin/content/upsells/{id}", Access::Admin, BodySpec::json(kMaxBody)},
               [&content](RequestContext &context) {
                   return Reply::json(content.updateUpsell(context.param("id"), readUpsell(context)).toJson());
               });
    router.add({"DELETE", "/api/v1/admin/content/upsells/{id}", Access::Admin, BodySpec::none()},
               [&content](RequestContext &context) {
                   content.removeUpsell(context.param("id"));
                   return Reply::noContent();
               });
    router.add({"POST", "/api/v1/admin/content/upsells/{id}/publish", Access::Admin, BodySpec::none()},
               [&content](RequestContext &context) {
                   return Reply::json(content.publishUpsell(context.param("id")).toJson());
               });
}

} // namespace kp::server::roadmap
