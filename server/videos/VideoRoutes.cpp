#include "server/videos/VideoRoutes.h"

#include "server/core/ContentFiles.h"
#include "server/core/DomainError.h"
#include "server/http/JsonFields.h"
#include "server/http/Router.h"
#include "server/videos/MediaLinks.h"
#include "server/videos/MediaStreamSlots.h"
#include "server/videos/VideoService.h"
#include "server/videos/VideoSettings.h"

namespace kp::server {
namespace {

// Positions are seconds of a video; a day is far beyond any tutorial.
constexpr double kLongestVideoS = 24 * 3600;
// A player waits this long before it asks again for a stream the cap refused.
constexpr int kRetryStreamAfterS = 2;

Reply reportProgress(VideoService &videos, RequestContext &context)
{
    videos.requireWatchable(context.param("id"));
    JsonFields body(context.json());
    const auto position = body.requiredNumber(QStringLiteral("position_s"), 0, kLongestVideoS);
    const auto from = body.optionalNumber(QStringLiteral("from_s"), 0, kLongestVideoS);
    body.finish();
    return Reply::json(videos.report(context.account(), context.param("id"), position, from).toJson());
}

std::string mediaTypeOf(const QString &fileId)
{
    const auto extension = fileId.section(QLatin1Char('.'), -1);
    if (extension == QLatin1String("webm"))
        return "video/webm";
    if (extension == QLatin1String("jpg"))
        return "image/jpeg";
    if (extension == QLatin1String("png"))
        return "image/png";
    return "video/mp4";
}

Reply serveMedia(const MediaLinks &links, const ContentFiles &files, MediaStreamSlots &streams,
                 const VideoSettings &settings, RequestContext &context)
{
    const auto &fileId = context.param("file");
    switch (links.check(fileId, context.query("exp"), context.query("sig"))) {
    case UrlSigner::Check::Valid:
        break;
    case UrlSigner::Check::Expired:
        throw DomainError(ErrorCode::Forbidden, QStringLiteral("This link has expired; fetch the list again."));
    default:
        throw DomainError(ErrorCode::Forbidden, QStringLiteral("This link is not valid."));
    }
    const auto sha = fileId.section(QLatin1Char('.'), 0, 0);
    // The link's content never changes (it is named by its hash): any private cache may keep it.
    const auto cacheControl = std::string("private, max-age=86400, immutable");
    if (!settings.accelRedirectPrefix.isEmpty())
        return Reply::bytes({}, mediaTypeOf(fileId))
            .withHeader("X-Accel-Redirect", (settings.accelRedirectPrefix + sha).toStdString())
            .withHeader("Accept-Ranges", "bytes")
            .withHeader("Cache-Control", cacheControl);
    auto slot = streams.tryTake();
    if (!slot)
        throw DomainError::busy(QStringLiteral("Too many videos are playing right now; trying again shortly."),
                                kRetryStreamAfterS);
    return Reply::file(files.path(sha), mediaTypeOf(fileId)).withHeader("Cache-Control", cacheControl).holding(slot);
}

} // namespace

void addVideoRoutes(Router &router, VideoService &videos)
{
    const std::vector<Gate> onboarded {Gate::OnboardingComplete};
    router.add({"GET", "/api/v1/videos", Access::Approved, BodySpec::none(), onboarded},
               [&videos](RequestContext &context) { return Reply::json(videos.list(context.account()).toJson()); });
    router.add({"POST", "/api/v1/videos/seen", Access::Approved, BodySpec::none(), onboarded},
               [&videos](RequestContext &context) {
                   videos.markSeen(context.account());
                   return Reply::noContent();
               });
    router.add({"PUT", "/api/v1/videos/{id}/progress", Access::Approved, BodySpec::json(1024), onboarded},
               [&videos](RequestContext &context) { return reportProgress(videos, context); });
    router.add({"POST", "/api/v1/videos/{id}/understood", Access::Approved, BodySpec::none(), onboarded},
               [&videos](RequestContext &context) {
                   return Reply::json(videos.confirm(context.account(), context.param("id")).toJson());
               });
}

void addMediaRoutes(Router &router, const MediaLinks &links, const ContentFiles &files, MediaStreamSlots &streams,
                    const VideoSettings &settings)
{
    // Public: the signature is the permission, so a media player needs no auth header.
    router.add({"GET", "/media/{file}", Access::Public, BodySpec::none()},
               [&links, &files, &streams, &settings](RequestContext &context) {
                   return serveMedia(links, files, streams, settings, context);
               });
}

} // namespace kp::server
