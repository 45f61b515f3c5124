#include "server/videos/VideoService.h"

#include "server/core/DomainError.h"
#include "server/db/Database.h"
#include "server/videos/MediaLinks.h"
#include "server/videos/WatchRule.h"

#include <cmath>

namespace kp::server {
namespace {

// Shares are compared with a little room for the rounding of millisecond spans.
constexpr double kShareTolerance = 1e-6;

DomainError noSuchVideo()
{
    return DomainError(ErrorCode::NotFound, QStringLiteral("There is no such video."));
}

} // namespace

VideoService::VideoService(Database &database, VideoStore &store, const MediaLinks &links, double requiredShare,
                           Clock clock)
    : m_database(database)
    , m_store(store)
    , m_links(links)
    , m_requiredShare(requiredShare)
    , m_clock(std::move(clock))
{
}

VideoRecord VideoService::watchable(const QString &videoId)
{
    auto video = m_store.findVideo(videoId);
    if (!video || !video->isPublished() || video->fileId.isEmpty())
        throw noSuchVideo();
    return *video;
}

VideoProgress VideoService::progressOf(const VideoRecord &video, const std::optional<WatchRecord> &record) const
{
    VideoProgress progress;
    if (record) {
        progress.positionS = record->positionS;
        progress.maxPositionS = record->maxPositionS;
        progress.watchedS = record->spans.totalWithin(video.durationS);
        progress.watchedRatio = record->spans.shareOf(video.durationS);
        progress.understoodAt = record->understoodAt;
    }
    progress.canConfirm = progress.isUnderstood() || progress.watchedRatio + kShareTolerance >= m_requiredShare;
    return progress;
}

VideoList VideoService::list(const Account &account)
{
    ReadTransaction snapshot(m_database.connection());
    const auto records = m_store.watchRecords(account.id);
    const auto seenAt = m_store.seenAt(account.id);
    VideoList list;
    list.requiredShare = m_requiredShare;
    for (const auto &record : m_store.videos(true)) {
        if (record.fileId.isEmpty())
            continue;
        Video video;
        video.id = record.id;
        video.seriesId = record.seriesId;
        video.series = record.seriesTitle;
        video.seriesPosition = record.seriesPosition;
        video.position = record.position;
        video.title = record.title;
        video.description = record.description;
        video.durationS = record.durationS;
        video.required = record.required;
        video.publishedAt = record.publishedAt;
        video.isNew = !seenAt.isValid() || record.publishedAt > seenAt;
        video.streamUrl = m_links.link(record.fileId);
        video.thumbnailUrl = m_links.link(record.thumbnailId);
        video.fileId = record.fileId;
        video.contentType = record.contentType;
        video.sizeBytes = record.sizeBytes;
        const auto watched = records.constFind(record.id);
        video.progress = progressOf(record, watched == records.cend() ? std::nullopt : std::optional(*watched));
        if (video.required) {
            ++list.requiredTotal;
            if (!video.progress.isUnderstood())
                ++list.requiredLeft;
        }
        list.items.append(video);
    }
    return list;
}

VideoProgress VideoService::report(const Account &account, const QString &videoId, double positionS,
                                   std::optional<double> fromS)
{
    auto &db = m_database.connection();
    WriteTransaction transaction(db);
    const auto video = watchable(videoId);
    const auto record = WatchRule::apply(m_store.watchRecord(account.id, videoId), positionS, fromS, video.durationS,
                                         m_clock().toMSecsSinceEpoch());
    m_store.saveWatchRecord(account.id, videoId, record);
    transaction.commit();
    return progressOf(video, record);
}

VideoProgress VideoService::confirm(const Account &account, const QString &videoId)
{
    auto &db = m_database.connection();
    WriteTransaction transaction(db);
    const auto video = watchable(videoId);
    auto record = m_store.watchRecord(account.id, videoId).value_or(WatchRecord {});
    if (!record.understoodAt.isValid()) {
        const double share = record.spans.shareOf(video.durationS);
        if (share + kShareTolerance < m_requiredShare) {
            throw DomainError(ErrorCode::ValidationFailed,
                              QStringLiteral("Watch at least %1 % of the video first (watched so far: %2 %).")
                                  .arg(std::round(m_requiredShare * 100))
                                  .arg(std::floor(share * 100)),
                              {{QStringLiteral("video"), QStringLiteral("not_watched_enough")}})
                .withDetail(QStringLiteral("watched_ratio"), share)
                .withDetail(QStringLiteral("required_share"), m_requiredShare);
        }
        record.understoodAt = m_clock();
        if (record.reportedAtMs == 0)
            record.reportedAtMs = m_clock().toMSecsSinceEpoch();
        m_store.saveWatchRecord(account.id, videoId, record);
    }
    transaction.commit();
    return progressOf(video, record);
}

void VideoService::markSeen(const Account &account)
{
    m_store.markSeen(account.id);
}

void VideoService::fillOnboarding(const Account &account, AccountOnboarding &onboarding)
{
    if (account.isAdmin()) {
        onboarding.videosComplete = true;
        onboarding.videosRequiredTotal = onboarding.videosRequiredUnderstood = 0;
        return;
    }
    const auto count = m_store.requiredCount(account.id);
    onboarding.videosRequiredTotal = count.total;
    onboarding.videosRequiredUnderstood = count.understood;
    onboarding.videosComplete = count.understood >= count.total;
}

} // namespace kp::server
