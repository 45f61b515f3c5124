#include "server/http/ItemsJson.h"
#include "server/http/JsonFields.h"
#include "server/http/Router.h"
#include "server/videos/VideoContentService.h"
#include "server/videos/VideoRoutes.h"
#include "server/videos/VideoSettings.h"
#include "shared/Validation.h"

#include <QJsonArray>

namespace kp::server {
namespace {

constexpr std::size_t kMaxThumbnail = 4 * 1024 * 1024;
constexpr int kMaxTitle = 200;
constexpr int kMaxDescription = 5000;
// What an upload may declare; the content decides (MediaProbe), so a renamed file is refused.
const std::vector<std::string> kVideoTypes {"video/mp4", "video/webm", "application/octet-stream"};

std::pair<QString, int> readSeries(RequestContext &context)
{
    JsonFields body(context.json());
    const auto title = body.boundedString(QStringLiteral("title"), kMaxTitle, true);
    const auto position = int(body.requiredInteger(QStringLiteral("position"), 0, 100000));
    body.finish();
    return {title, position};
}

VideoFields readVideo(RequestContext &context)
{
    JsonFields body(context.json());
    VideoFields fields;
    fields.title = body.boundedString(QStringLiteral("title"), kMaxTitle, true);
    fields.description = body.boundedString(QStringLiteral("description"), kMaxDescription, false);
    fields.seriesId = body.requiredString(QStringLiteral("series_id"));
    fields.position = int(body.optionalInteger(QStringLiteral("position"), 0, 100000).value_or(0));
    fields.required = body.optionalBool(QStringLiteral("required")).value_or(false);
    body.finish();
    return fields;
}

QStringList readOrder(RequestContext &context)
{
    JsonFields body(context.json());
    const auto ids = body.requiredArray(QStringLiteral("video_ids"));
    QStringList order;
    for (const auto &id : ids) {
        if (!id.isString())
            body.addProblem(QStringLiteral("video_ids"), validation::problem::invalidType);
        order.append(id.toString());
    }
    body.finish();
    return order;
}

} // namespace

void addVideoContentRoutes(Router &router, VideoContentService &content, const VideoSettings &settings)
{
    router.add({"GET", "/api/v1/admin/content/series", Access::Admin, BodySpec::none()},
               [&content](RequestContext &) { return Reply::json(itemsJson(content.series())); });
    router.add({"POST", "/api/v1/admin/content/series", Access::Admin, BodySpec::json(4096)},
               [&content](RequestContext &context) {
                   const auto [title, position] = readSeries(context);
                   return Reply::json(content.addSeries(title, position).toJson(), 201);
               });
    router.add({"PUT", "/api/v1/admin/content/series/{id}", Access::Admin, BodySpec::json(4096)},
               [&content](RequestContext &context) {
                   const auto [title, position] = readSeries(context);
                   return Reply::json(content.updateSeries(context.param("id"), title, position).toJson());
               });
    router.add({"PUT", "/api/v1/admin/content/series/{id}/order", Access::Admin, BodySpec::json(64 * 1024)},
               [&content](RequestContext &context) {
                   return Reply::json(itemsJson(content.reorder(context.param("id"), readOrder(context))));
               });

    router.add({"GET", "/api/v1/admin/content/videos", Access::Admin, BodySpec::none()},
               [&content](RequestContext &) { return Reply::json(itemsJson(content.videos())); });
    router.add({"POST", "/api/v1/admin/content/videos", Access::Admin, BodySpec::json(16 * 1024)},
               [&content](RequestContext &context) {
                   return Reply::json(content.addVideo(readVideo(context)).toJson(), 201);
               });
    router.add(
        {"GET", "/api/v1/admin/content/videos/{id}", Access::Admin, BodySpec::none()},
        [&content](RequestContext &context) { return Reply::json(content.video(context.param("id")).toJson()); });
    router.add({"PUT", "/api/v1/admin/content/videos/{id}", Access::Admin, BodySpec::json(16 * 1024)},
               [&content](RequestContext &context) {
                   return Reply::json(content.updateVideo(context.param("id"), readVideo(context)).toJson());
               });
    router.add({"DELETE", "/api/v1/admin/content/videos/{id}", Access::Admin, BodySpec::none()},
               [&content](RequestContext &context) {
                   content.removeVideo(context.param("id"));
                   return Reply::noContent();
               });
    // Spooled to <data_dir>/tmp as it arrives (never in memory), then taken by rename.
    router.add({"PUT", "/api/v1/admin/content/videos/{id}/file", Access::Admin,
                BodySpec::stream(kVideoTypes, std::size_t(settings.maxUploadMb) * 1024 * 1024)},
               [&content](RequestContext &context) {
                   return Reply::json(content.attachFile(context.param("id"), context.uploadedFile().path).toJson());
               });
    router.add(
        {"PUT", "/api/v1/admin/content/videos/{id}/thumbnail", Access::Admin,
         BodySpec::raw({"image/jpeg", "image/png"}, kMaxThumbnail)},
        [&content](RequestContext &context) {
            const auto body = context.body();
            return Reply::json(
                content.attachThumbnail(context.param("id"), QByteArray(body.data(), qsizetype(body.size()))).toJson());
        });
    router.add({"POST", "/api/v1/admin/content/videos/{id}/publish", Access::Admin, BodySpec::none()},
               [&content](RequestContext &context) {
                   return Reply::json(content.setPublished(context.param("id"), true).toJson());
               });
    router.add({"POST", "/api/v1/admin/content/videos/{id}/unpublish", Access::Admin, BodySpec::none()},
               [&content](RequestContext &context) {
                   return Reply::json(content.setPublished(context.param("id"), false).toJson());
               });
}

} // namespace kp::server
