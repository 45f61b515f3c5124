#include "shared/Video.h"
#include "shared/JsonValues.h"

#include "shared/Account.h"

#include <QJsonArray>

namespace kp {

using json::instantOrNull;
using json::stringOrNull;
using json::text;

QJsonObject VideoProgress::toJson() const
{
    return QJsonObject {
        {QStringLiteral("position_s"), positionS},
        {QStringLiteral("max_position_s"), maxPositionS},
        {QStringLiteral("watched_s"), watchedS},
        {QStringLiteral("watched_ratio"), watchedRatio},
        {QStringLiteral("understood_at"), instantOrNull(understoodAt)},
        {QStringLiteral("can_confirm"), canConfirm},
    };
}

VideoProgress VideoProgress::fromJson(const QJsonObject &json)
{
    VideoProgress progress;
    progress.positionS = json.value(QLatin1String("position_s")).toDouble();
    progress.maxPositionS = json.value(QLatin1String("max_position_s")).toDouble();
    progress.watchedS = json.value(QLatin1String("watched_s")).toDouble();
    progress.watchedRatio = json.value(QLatin1String("watched_ratio")).toDouble();
    progress.understoodAt = fromApiInstant(text(json, "understood_at"));
    progress.canConfirm = json.value(QLatin1String("can_confirm")).toBool();
    return progress;
}

QJsonObject Video::toJson() const
{
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("series_id"), seriesId},
        {QStringLiteral("series"), series},
        {QStringLiteral("series_position"), seriesPosition},
        {QStringLiteral("position"), position},
        {QStringLiteral("title"), title},
        {QStringLiteral("description"), description},
        {QStringLiteral("duration_s"), durationS},
        {QStringLiteral("required"), required},
        {QStringLiteral("published_at"), instantOrNull(publishedAt)},
        {QStringLiteral("new"), isNew},
        {QStringLiteral("stream_url"), streamUrl},
        {QStringLiteral("thumbnail_url"), stringOrNull(thumbnailUrl)},
        {QStringLiteral("file_id"), fileId},
        {QStringLiteral("content_type"), contentType},
        {QStringLiteral("size_bytes"), sizeBytes},
        {QStringLiteral("progress"), progress.toJson()},
    };
}

std::optional<Video> Video::fromJson(const QJsonObject &json)
{
    Video video;
    video.id = text(json, "id");
    if (video.id.isEmpty())
        return std::nullopt;
    video.seriesId = text(json, "series_id");
    video.series = text(json, "series");
    video.seriesPosition = json.value(QLatin1String("series_position")).toInt();
    video.position = json.value(QLatin1String("position")).toInt();
    video.title = text(json, "title");
    video.description = text(json, "description");
    video.durationS = json.value(QLatin1String("duration_s")).toDouble();
    video.required = json.value(QLatin1String("required")).toBool();
    video.publishedAt = fromApiInstant(text(json, "published_at"));
    video.isNew = json.value(QLatin1String("new")).toBool();
    video.streamUrl = text(json, "stream_url");
    video.thumbnailUrl = text(json, "thumbnail_url");
    video.fileId = text(json, "file_id");
    video.contentType = text(json, "content_type");
    video.sizeBytes = json.value(QLatin1String("size_bytes")).toInteger();
    video.progress = VideoProgress::fromJson(json.value(QLatin1String("progress")).toObject());
    return video;
}

QJsonObject VideoList::toJson() const
{
    QJsonArray videos;
    for (const auto &video : items)
        videos.append(video.toJson());
    return QJsonObject {
        {QStringLiteral("items"), videos},
        {QStringLiteral("required_share"), requiredShare},
        {QStringLiteral("required_total"), requiredTotal},
        {QStringLiteral("required_left"), requiredLeft},
    };
}

VideoList VideoList::fromJson(const QJsonObject &json)
{
    VideoList list;
    for (const auto &value : json.value(QLatin1String("items")).toArray()) {
        if (auto video = Video::fromJson(value.toObject()))
            list.items.append(*video);
    }
    list.requiredShare = json.value(QLatin1String("required_share")).toDouble(0.9);
    list.requiredTotal = json.value(QLatin1String("required_total")).toInt();
    list.requiredLeft = json.value(QLatin1String("required_left")).toInt();
    return list;
}

QJsonObject VideoContent::toJson() const
{
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("status"), status},
        {QStringLiteral("updated_at"), instantOrNull(updatedAt)},
        {QStringLiteral("published_at"), instantOrNull(publishedAt)},
        {QStringLiteral("title"), title},
        {QStringLiteral("description"), description},
        {QStringLiteral("series_id"), seriesId},
        {QStringLiteral("position"), position},
        {QStringLiteral("required"), required},
        {QStringLiteral("duration_s"), durationS},
        {QStringLiteral("file_id"), stringOrNull(fileId)},
        {QStringLiteral("content_type"), stringOrNull(contentType)},
        {QStringLiteral("size_bytes"), sizeBytes},
        {QStringLiteral("has_thumbnail"), hasThumbnail},
        {QStringLiteral("stream_url"), stringOrNull(streamUrl)},
        {QStringLiteral("thumbnail_url"), stringOrNull(thumbnailUrl)},
    };
}

std::optional<VideoContent> VideoContent::fromJson(const QJsonObject &json)
{
    VideoContent video;
    video.id = text(json, "id");
    if (video.id.isEmpty())
        return std::nullopt;
    video.status = text(json, "status");
    video.updatedAt = fromApiInstant(text(json, "updated_at"));
    video.publishedAt = fromApiInstant(text(json, "published_at"));
    video.title = text(json, "title");
    video.description = text(json, "description");
    video.seriesId = text(json, "series_id");
    video.position = json.value(QLatin1String("position")).toInt();
    video.required = json.value(QLatin1String("required")).toBool();
    video.durationS = json.value(QLatin1String("duration_s")).toDouble();
    video.fileId = text(json, "file_id");
    video.contentType = text(json, "content_type");
    video.sizeBytes = json.value(QLatin1String("size_bytes")).toInteger();
    video.hasThumbnail = json.value(QLatin1String("has_thumbnail")).toBool();
    video.streamUrl = text(json, "stream_url");
    video.thumbnailUrl = text(json, "thumbnail_url");
    return video;
}

QJsonObject VideoSeries::toJson() const
{
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("status"), status},
        {QStringLiteral("updated_at"), instantOrNull(updatedAt)},
        {QStringLiteral("title"), title},
        {QStringLiteral("position"), position},
    };
}

std::optional<VideoSeries> VideoSeries::fromJson(const QJsonObject &json)
{
    VideoSeries series;
    series.id = text(json, "id");
    if (series.id.isEmpty())
        return std::nullopt;
    series.status = text(json, "status");
    series.updatedAt = fromApiInstant(text(json, "updated_at"));
    series.title = text(json, "title");
    series.position = json.value(QLatin1String("position")).toInt();
    return series;
}

} // namespace kp
