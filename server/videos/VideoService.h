#pragma once

#include "server/security/Clock.h"
#include "server/videos/VideoStore.h"
#include "shared/Account.h"
#include "shared/Video.h"

#include <optional>

namespace kp::server {

class Database;
class MediaLinks;

// The customer's side of the tutorial videos: the published list with each one's progress and
// "new" flag, progress reports (WatchRule), "understood" once the required share is watched,
// and the onboarding figures for /me. Throws DomainError; knows nothing of HTTP.
class VideoService {
public:
    VideoService(Database &database, VideoStore &store, const MediaLinks &links, double requiredShare, Clock clock);

    VideoList list(const Account &account);
    // 404 unless the video is published with a file: asked before a report's body is judged,
    // so an unknown id is "not found" whatever the body says.
    void requireWatchable(const QString &videoId) { watchable(videoId); }
    VideoProgress report(const Account &account, const QString &videoId, double positionS, std::optional<double> fromS);
    VideoProgress confirm(const Account &account, const QString &videoId);
    void markSeen(const Account &account);

    // Fills the video part of `onboarding` (AccountViews contributor).
    void fillOnboarding(const Account &account, AccountOnboarding &onboarding);

private:
    // A published video with a file, or 404.
    VideoRecord watchable(const QString &videoId);
    VideoProgress progressOf(const VideoRecord &video, const std::optional<WatchRecord> &record) const;

    Database &m_database;
    VideoStore &m_store;
    const MediaLinks &m_links;
    double m_requiredShare;
    Clock m_clock;
};

} // namespace kp::server
