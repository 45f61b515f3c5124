#include "client/videos/VideosApi.h"

#include <cmath>

namespace kp::client {

namespace {

QString videoPath(const QString &videoId)
{
    return QStringLiteral("/api/v1/videos/") + ApiClient::pathSegment(videoId);
}

// Whole milliseconds: what WatchedSpans keeps, and no float noise on the wire.
double rounded(double seconds)
{
    return std::round(seconds * 1000.0) / 1000.0;
}

std::optional<VideoProgress> progressOf(const ApiResponse &response)
{
    return VideoProgress::fromJson(response.json());
}

} // namespace

QString VideosApi::progressPath(const QString &videoId)
{
    return videoPath(videoId) + QStringLiteral("/progress");
}

QJsonObject VideosApi::progressBody(const ProgressReport &report)
{
    return {{QStringLiteral("position_s"), rounded(report.positionS)},
            {QStringLiteral("from_s"), rounded(report.fromS)}};
}

Reply<VideoList> VideosApi::list()
{
    return {m_api.get(QStringLiteral("/api/v1/videos")), [](const ApiResponse &response) -> std::optional<VideoList> {
                const auto json = response.json();
                if (!json.value(QLatin1String("items")).isArray())
                    return std::nullopt;
                return VideoList::fromJson(json);
            }};
}

Reply<VideoProgress> VideosApi::reportProgress(const QString &videoId, const ProgressReport &report)
{
    return {m_api.put(progressPath(videoId), progressBody(report)), progressOf};
}

Reply<VideoProgress> VideosApi::confirmUnderstood(const QString &videoId)
{
    return {m_api.post(videoPath(videoId) + QStringLiteral("/understood")), progressOf};
}

Reply<NoContent> VideosApi::markSeen()
{
    return {m_api.post(QStringLiteral("/api/v1/videos/seen")), decode::nothing};
}

} // namespace kp::client
