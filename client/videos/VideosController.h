#pragma once

#include "client/api/RequestScope.h"
#include "client/videos/OfflineVideos.h"
#include "client/videos/VideosApi.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QTimer>

namespace kp::client {

class OfflineSync;
class Session;
class VideosPage;

// Between the Videos page and the server: loads the list (with the thumbnails, fetched from
// their signed links without the session), opens the player with the offline copy or a fresh
// link (the list is fetched again when the links are about to expire), sends the player's
// progress reports (into the outbox when the server is away), confirms "understood" and keeps the
// session's account current so the sidebar's badge follows at once, marks the list as seen once
// it was shown, and saves videos for offline viewing.
class VideosController : public QObject {
    Q_OBJECT

public:
    VideosController(VideosPage &page, Session &session, ApiClient &api, OfflineSync &offline,
                     QString offlineFolder = OfflineVideos::defaultFolder());

    // Fetches the list (each time the page opens).
    void refresh();
    void open(const QString &videoId);
    // The page with this list and nothing in flight (`--screenshot`, tests without a server).
    void showDemo(const VideoList &list, const QHash<QString, QImage> &thumbnails);
    const VideoList &list() const { return m_list; }
    OfflineVideos &offlineVideos() { return m_offlineVideos; }

    // How long the list stays on screen before it counts as seen (its "Neu" badges stay for
    // the visit either way).
    static constexpr int seenAfterMs = 4000;

private:
    void showList(const VideoList &list);
    void fetchThumbnails();
    // Calls `then` with the list when the video's links are fresh, else after fetching it anew.
    void withFreshLinks(const QString &videoId, std::function<void()> then);
    QUrl sourceOf(const Video &video) const;
    void play(const QString &videoId);
    void report(const QString &videoId, const ProgressReport &report);
    void confirm(const QString &videoId);
    void adoptProgress(const QString &videoId, const VideoProgress &progress);
    void adoptRequiredCounts();
    void saveOffline(const QString &videoId);
    void markSeen();
    const Video *find(const QString &videoId) const;
    Video *find(const QString &videoId);

    VideosPage &m_page;
    Session &m_session;
    OfflineSync &m_offline;
    ApiClient &m_client;
    VideosApi m_api;
    OfflineVideos m_offlineVideos;
    RequestScope m_loads;
    RequestScope m_thumbnails;
    RequestScope m_confirmations;
    VideoList m_list;
    QHash<QString, QImage> m_thumbnailCache; // by thumbnail file, so a reload does not fetch again
    QTimer m_seenTimer;
};

} // namespace kp::client
