#include "client/videos/VideosController.h"

#include "client/app/OfflineSync.h"
#include "client/app/Session.h"
#include "client/videos/MediaLink.h"
#include "client/videos/VideoPlayerView.h"
#include "client/videos/VideosPage.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace kp::client {

namespace {

// The thumbnail's file, without the link's changing expiry and signature.
QString thumbnailKey(const Video &video)
{
    return QUrl(video.thumbnailUrl).path();
}

} // namespace

VideosController::VideosController(VideosPage &page, Session &session, ApiClient &api, OfflineSync &offline,
                                   QString offlineFolder)
    : QObject(&page)
    , m_page(page)
    , m_session(session)
    , m_offline(offline)
    , m_client(api)
    , m_api(api)
    , m_offlineVideos(*api.network(), std::move(offlineFolder))
{
    m_seenTimer.setSingleShot(true);
    m_seenTimer.setInterval(seenAfterMs);
    connect(&m_seenTimer, &QTimer::timeout, this, &VideosController::markSeen);
    connect(&page, &VideosPage::openRequested, this, &VideosController::open);
    connect(&page, &VideosPage::left, this, [this] {
        m_page.showOverview(); // closing the player sends its last report
        if (m_seenTimer.isActive())
            markSeen();
    });

    auto *player = page.player();
    connect(player, &VideoPlayerView::backRequested, &page, &VideosPage::showOverview);
    connect(player, &VideoPlayerView::progressReported, this, &VideosController::report);
    connect(player, &VideoPlayerView::confirmRequested, this, &VideosController::confirm);
    connect(player, &VideoPlayerView::saveOfflineRequested, this, &VideosController::saveOffline);
    connect(player, &VideoPlayerView::retryRequested, this, [this, player](const QString &videoId) {
        withFreshLinks(videoId, [this, player, videoId] {
            if (const auto *video = find(videoId); video && player->videoId() == videoId)
                player->retryWith(sourceOf(*video));
        });
    });
    connect(player, &VideoPlayerView::cancelDownloadRequested, this, [this](const QString &videoId) {
        if (const auto *video = find(videoId))
            m_offlineVideos.cancel(video->fileId);
    });
    connect(player, &VideoPlayerView::removeOfflineRequested, this, [this, player](const QString &videoId) {
        if (const auto *video = find(videoId)) {
            m_offlineVideos.remove(video->fileId);
            player->showOfflineCopy(VideoPlayerView::OfflineCopy::None);
            m_page.setOffline(videoId, false);
        }
    });

    // Downloads name the content; the player and the cards name the video.
    const auto forFile = [this](const QString &fileId, const std::function<void(const Video &)> &apply) {
        for (const auto &video : std::as_const(m_list.items)) {
            if (video.fileId == fileId)
                apply(video);
        }
    };
    connect(&m_offlineVideos, &OfflineVideos::progress, this,
            [forFile, player](const QString &fileId, qint64 done, qint64 total) {
                forFile(fileId, [&](const Video &video) {
                    if (player->videoId() == video.id)
                        player->showOfflineCopy(VideoPlayerView::OfflineCopy::Downloading, done, total);
                });
            });
    connect(&m_offlineVideos, &OfflineVideos::saved, this, [this, forFile, player](const QString &fileId) {
        forFile(fileId, [&](const Video &video) {
            m_page.setOffline(video.id, true);
            if (player->videoId() == video.id)
                player->showOfflineCopy(VideoPlayerView::OfflineCopy::Saved);
        });
    });
    connect(&m_offlineVideos, &OfflineVideos::cancelled, this, [forFile, player](const QString &fileId) {
        forFile(fileId, [&](const Video &video) {
            if (player->videoId() == video.id)
                player->showOfflineCopy(VideoPlayerView::OfflineCopy::None);
        });
    });
    connect(&m_offlineVideos, &OfflineVideos::failed, this,
            [forFile, player](const QString &fileId, const QString &message) {
                forFile(fileId, [&](const Video &video) {
                    if (player->videoId() == video.id)
                        player->showOfflineError(message);
                });
            });
    connect(&m_offlineVideos, &OfflineVideos::indexed, this, [this] {
        for (const auto &video : std::as_const(m_list.items))
            m_page.setOffline(video.id, !m_offlineVideos.localFile(video.fileId).isEmpty());
    });
    // Progress reported offline reached the server: its figures are the current ones.
    connect(&offline, &OfflineSync::changeSent, this, [this](const QString &label) {
        if (label == tr("Video progress") && !m_page.isPlayerShown())
            refresh();
    });
}

void VideosController::refresh()
{
    m_page.showLoading();
    m_api.list()
        .onSuccess(m_loads.begin(), [this](const VideoList &list) { showList(list); })
        .onFailure(m_loads.current(), [this](const ApiError &error) { m_page.showLoadError(error.message()); });
}

void VideosController::showDemo(const VideoList &list, const QHash<QString, QImage> &thumbnails)
{
    m_loads.begin();
    m_thumbnails.begin();
    m_list = list;
    m_page.showOverview();
    m_page.showList(list);
    for (auto it = thumbnails.begin(); it != thumbnails.end(); ++it)
        m_page.setThumbnail(it.key(), it.value());
}

void VideosController::showList(const VideoList &list)
{
    m_list = list;
    m_page.showList(list);
    for (const auto &video : list.items) {
        m_page.setOffline(video.id, !m_offlineVideos.localFile(video.fileId).isEmpty());
        if (m_page.player()->videoId() == video.id)
            m_page.player()->showServerProgress(video.progress);
    }
    adoptRequiredCounts();
    fetchThumbnails();
    const bool anyNew = std::any_of(list.items.begin(), list.items.end(), [](const Video &v) { return v.isNew; });
    if (anyNew && !m_seenTimer.isActive())
        m_seenTimer.start();
}

void VideosController::fetchThumbnails()
{
    auto *scope = m_thumbnails.begin();
    for (const auto &video : std::as_const(m_list.items)) {
        if (video.thumbnailUrl.isEmpty())
            continue;
        const auto key = thumbnailKey(video);
        if (m_thumbnailCache.contains(key)) {
            m_page.setThumbnail(video.id, m_thumbnailCache.value(key));
            continue;
        }
        // A signed link: no session token goes with it.
        QNetworkRequest request(medialink::resolve(m_client.baseUrl(), video.thumbnailUrl));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
        auto *reply = m_client.network()->get(request);
        connect(scope, &QObject::destroyed, reply, &QNetworkReply::abort);
        connect(reply, &QNetworkReply::finished, scope, [this, reply, key, id = video.id] {
            reply->deleteLater();
            if (reply->error() != QNetworkReply::NoError)
                return; // the placeholder stays; the next visit tries again
            const auto image = QImage::fromData(reply->readAll());
            if (image.isNull())
                return;
            m_thumbnailCache.insert(key, image);
            m_page.setThumbnail(id, image);
        });
    }
}

const Video *VideosController::find(const QString &videoId) const
{
    for (const auto &video : m_list.items) {
        if (video.id == videoId)
            return &video;
    }
    return nullptr;
}

Video *VideosController::find(const QString &videoId)
{
    for (auto &video : m_list.items) {
        if (video.id == videoId)
            return &video;
    }
    return nullptr;
}

QUrl VideosController::sourceOf(const Video &video) const
{
    const auto local = m_offlineVideos.localFile(video.fileId);
    if (!local.isEmpty())
        return QUrl::fromLocalFile(local);
    return medialink::resolve(m_client.baseUrl(), video.streamUrl);
}

void VideosController::withFreshLinks(const QString &videoId, std::function<void()> then)
{
    const auto *video = find(videoId);
    if (!video)
        return;
    if (!m_offlineVideos.localFile(video->fileId).isEmpty() || !medialink::expiresSoon(video->streamUrl)) {
        then();
        return;
    }
    m_api.list()
        .onSuccess(m_loads.begin(),
                   [this, then = std::move(then)](const VideoList &list) {
                       showList(list);
                       then();
                   })
        .onFailure(m_loads.current(), [this](const ApiError &error) { m_page.showError(error.message()); });
}

void VideosController::open(const QString &videoId)
{
    withFreshLinks(videoId, [this, videoId] { play(videoId); });
}

void VideosController::play(const QString &videoId)
{
    const auto *video = find(videoId);
    if (!video)
        return;
    auto *player = m_page.player();
    player->open(*video, sourceOf(*video), m_list.requiredShare);
    player->showPoster(m_thumbnailCache.value(thumbnailKey(*video)));
    if (m_offlineVideos.isDownloading(video->fileId))
        player->showOfflineCopy(VideoPlayerView::OfflineCopy::Downloading);
    else
        player->showOfflineCopy(m_offlineVideos.localFile(video->fileId).isEmpty()
                                    ? VideoPlayerView::OfflineCopy::None
                                    : VideoPlayerView::OfflineCopy::Saved);
    m_page.showPlayer();
}

void VideosController::report(const QString &videoId, const ProgressReport &report)
{
    // Reports are independent of one another and of page loads: each is answered on its own.
    m_api.reportProgress(videoId, report)
        .onSuccess(this, [this, videoId](const VideoProgress &progress) { adoptProgress(videoId, progress); })
        .onFailure(this, [this, videoId, report](const ApiError &error) {
            // Unreachable: the report waits in the outbox and goes, once, when the server is
            // back (a late span the server no longer credits is lost, not wrong).
            if (error.isNetworkError() && m_offline.isOpen())
                m_offline.queue("PUT", VideosApi::progressPath(videoId), VideosApi::progressBody(report),
                                tr("Video progress"));
        });
}

void VideosController::confirm(const QString &videoId)
{
    m_api.confirmUnderstood(videoId)
        .onSuccess(m_confirmations.begin(),
                   [this, videoId](const VideoProgress &progress) { adoptProgress(videoId, progress); })
        .onFailure(m_confirmations.current(), [this](const ApiError &error) {
            m_page.player()->showConfirmError(error.isNetworkError()
                                                  ? tr("This can only be confirmed while the server can be reached.")
                                                  : error.message());
        });
}

void VideosController::adoptProgress(const QString &videoId, const VideoProgress &progress)
{
    auto *video = find(videoId);
    if (!video)
        return;
    const bool newlyUnderstood = progress.isUnderstood() && !video->progress.isUnderstood();
    video->progress = progress;
    m_page.showVideo(*video);
    if (m_page.player()->videoId() == videoId)
        m_page.player()->showServerProgress(progress);
    if (newlyUnderstood && video->required) {
        m_list.requiredLeft = std::max(0, m_list.requiredLeft - 1);
        m_page.showRequiredCounts(m_list.requiredLeft, m_list.requiredTotal);
        adoptRequiredCounts();
    }
}

void VideosController::adoptRequiredCounts()
{
    // The sidebar's badge and the account's onboarding follow the list at once, before /me. An
    // account whose onboarding the server did not say (or an admin's) is left as it is: a made-up
    // onboarding would say its checklist is open and lock its pages.
    const auto &account = m_session.account();
    if (account.isAdmin() || !account.onboarding)
        return;
    const int total = m_list.requiredTotal;
    const int understood = std::max(0, total - m_list.requiredLeft);
    m_session.updateOnboarding([total, understood](AccountOnboarding &onboarding) {
        onboarding.videosRequiredTotal = total;
        onboarding.videosRequiredUnderstood = understood;
        onboarding.videosComplete = understood >= total;
    });
}

void VideosController::saveOffline(const QString &videoId)
{
    withFreshLinks(videoId, [this, videoId] {
        const auto *video = find(videoId);
        if (!video)
            return;
        m_page.player()->showOfflineCopy(VideoPlayerView::OfflineCopy::Downloading);
        m_offlineVideos.download(video->fileId, medialink::resolve(m_client.baseUrl(), video->streamUrl));
    });
}

void VideosController::markSeen()
{
    m_seenTimer.stop();
    m_api.markSeen();
}

} // namespace kp::client
