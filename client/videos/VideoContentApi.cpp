#include "client/videos/VideoContentApi.h"

#include <QJsonArray>

namespace kp::client {
namespace {

const QString kSeries = QStringLiteral("/api/v1/admin/content/series");
const QString kVideos = QStringLiteral("/api/v1/admin/content/videos");

QString videoPath(const QString &id)
{
    return kVideos + QLatin1Char('/') + ApiClient::pathSegment(id);
}

// `{items: [...]}` whose every item decodes: a list silently shorter than the server's would
// hide a video from the agency.
template <typename T, auto FromJson> std::optional<ContentList<T>> contentList(const ApiResponse &response)
{
    const auto items = response.json().value(QLatin1String("items"));
    if (!items.isArray())
        return std::nullopt;
    ContentList<T> list;
    list.offlineAsOf = response.offlineAsOf;
    for (const auto &item : items.toArray()) {
        auto decoded = FromJson(item.toObject());
        if (!decoded)
            return std::nullopt;
        list.items.append(*decoded);
    }
    return list;
}

QJsonObject videoBody(const VideoContent &video)
{
    return {{QStringLiteral("title"), video.title},
            {QStringLiteral("description"), video.description},
            {QStringLiteral("series_id"), video.seriesId},
            {QStringLiteral("position"), video.position},
            {QStringLiteral("required"), video.required}};
}

} // namespace

Reply<ContentList<VideoSeries>> VideoContentApi::series()
{
    return {m_api.get(kSeries), contentList<VideoSeries, &VideoSeries::fromJson>};
}

Reply<ContentList<VideoContent>> VideoContentApi::videos()
{
    return {m_api.get(kVideos), contentList<VideoContent, &VideoContent::fromJson>};
}

Reply<VideoSeries> VideoContentApi::addSeries(const QString &title, int position)
{
    return {m_api.post(kSeries, {{QStringLiteral("title"), title}, {QStringLiteral("position"), position}}),
            decode::object<&VideoSeries::fromJson>};
}

Reply<VideoSeries> VideoContentApi::updateSeries(const VideoSeries &series)
{
    return {m_api.put(kSeries + QLatin1Char('/') + ApiClient::pathSegment(series.id),
                      {{QStringLiteral("title"), series.title}, {QStringLiteral("position"), series.position}}),
            decode::object<&VideoSeries::fromJson>};
}

Reply<ContentList<VideoContent>> VideoContentApi::reorder(const QString &seriesId, const QStringList &videoIds)
{
    return {m_api.put(kSeries + QLatin1Char('/') + ApiClient::pathSegment(seriesId) + QStringLiteral("/order"),
                      {{QStringLiteral("video_ids"), QJsonArray::fromStringList(videoIds)}}),
            contentList<VideoContent, &VideoContent::fromJson>};
}

Reply<VideoContent> VideoContentApi::addVideo(const VideoContent &fields)
{
    return {m_api.post(kVideos, videoBody(fields)), decode::object<&VideoContent::fromJson>};
}

Reply<VideoContent> VideoContentApi::updateVideo(const VideoContent &video)
{
    return {m_api.put(videoPath(video.id), videoBody(video)), decode::object<&VideoContent::fromJson>};
}

Reply<NoContent> VideoContentApi::removeVideo(const QString &id)
{
    return {m_api.remove(videoPath(id)), decode::nothing};
}

Reply<VideoContent> VideoContentApi::uploadFile(const QString &id, const QString &filePath, const QString &contentType)
{
    return {m_api.uploadFile("PUT", videoPath(id) + QStringLiteral("/file"), filePath, contentType),
            decode::object<&VideoContent::fromJson>};
}

Reply<VideoContent> VideoContentApi::uploadThumbnail(const QString &id, const QByteArray &image,
                                                     const QString &contentType)
{
    return {m_api.upload("PUT", videoPath(id) + QStringLiteral("/thumbnail"), image, contentType),
            decode::object<&VideoContent::fromJson>};
}

Reply<VideoContent> VideoContentApi::setPublished(const QString &id, bool published)
{
    return {m_api.post(videoPath(id) + (published ? QStringLiteral("/publish") : QStringLiteral("/unpublish"))),
            decode::object<&VideoContent::fromJson>};
}

} // namespace kp::client
