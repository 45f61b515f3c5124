#pragma once

#include "client/videos/WatchTracker.h"
#include "shared/Video.h"

#include <QTimer>
#include <QUrl>
#include <QWidget>

class QAudioOutput;
class QComboBox;
class QLabel;
class QMediaPlayer;
class QProgressBar;
class QPushButton;
class QSlider;
class QStackedWidget;
class QVideoWidget;

namespace kp::client {

class PlayerWatch;
class VideoPoster;

// The player of one video (UI.md "Videos"): the picture fills the content area, its controls
// below (play/pause, position, time, volume, speed, full screen), and under them "Ich habe das
// Video verstanden" as the primary action, disabled with what is left to watch until the
// required share is watched. Keys: Space play/pause, ←/→ five seconds, F full screen, Esc leave
// it, M mute. Counts what is watched with a PlayerWatch and hands its reports on; talks to
// nobody itself (VideosController does). objectName "videoPlayer".
class VideoPlayerView : public QWidget {
    Q_OBJECT

public:
    enum class OfflineCopy { None, Downloading, Saved };

    static constexpr int seekStepMs = 5000;
    static constexpr int retryDelayMs = 5000;

    explicit VideoPlayerView(QWidget *parent = nullptr);
    ~VideoPlayerView() override;

    // Shows `video` and loads `source` (a local copy or the signed link), at the position the
    // server kept; plays at once when `autoplay`.
    void open(const Video &video, const QUrl &source, double requiredShare, bool autoplay = true);
    // A still picture in the player until the video's first frame (its thumbnail).
    void showPoster(const QImage &image);
    // Reports what is unreported and stops (the overview is shown again, or the page is left).
    void close();
    // Loads `source` again where playback was (after a media error).
    void retryWith(const QUrl &source);

    // The server's figures for the open video (an answer to a report or to "understood").
    void showServerProgress(const VideoProgress &progress);
    void showConfirmError(const QString &message);
    void showOfflineCopy(OfflineCopy state, qint64 done = 0, qint64 total = 0);
    void showOfflineError(const QString &message);
    // The player as if paused at `positionS` with `watchedS` counted (`--screenshot`, no media).
    void showDemoPosition(double positionS, double watchedS);

    QString videoId() const { return m_video.id; }
    bool isOpen() const { return !m_video.id.isEmpty(); }
    QMediaPlayer &player() const { return *m_player; }
    PlayerWatch *watch() const { return m_watch; }

signals:
    void backRequested();
    void progressReported(const QString &videoId, const kp::client::ProgressReport &report);
    void confirmRequested(const QString &videoId);
    void saveOfflineRequested(const QString &videoId);
    void cancelDownloadRequested(const QString &videoId);
    void removeOfflineRequested(const QString &videoId);
    // The media could not be loaded; the view asks again after retryDelayMs (answer: retryWith).
    void retryRequested(const QString &videoId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildControls();
    QWidget *buildDetails();
    void connectPlayer();
    void togglePlay();
    void seekBy(qint64 deltaMs);
    void seekTo(qint64 positionMs);
    void setFullScreen(bool fullScreen);
    void toggleMute();
    // Handles the player's keys; false for any other key.
    bool handleKey(int key);
    void showPosition(qint64 positionMs);
    void updateConfirm();
    void mediaFailed();
    // Moves to the resume point and starts playing once the media allows it.
    void startWhenLoaded();

    Video m_video;
    double m_requiredShare = 0.9;
    QMediaPlayer *m_player;
    QAudioOutput *m_audio;
    PlayerWatch *m_watch = nullptr;
    QTimer m_retry;
    qint64 m_resumeMs = 0; // where to continue once the loaded media can seek
    bool m_playWhenLoaded = false;

    QLabel *m_title;
    QLabel *m_series;
    QStackedWidget *m_screen; // the poster, then the picture
    VideoPoster *m_poster;
    QVideoWidget *m_surface;
    QLabel *m_notice;
    QPushButton *m_playPause;
    QLabel *m_time;
    QSlider *m_seek;
    QPushButton *m_mute;
    QSlider *m_volume;
    QComboBox *m_speed;
    QPushButton *m_fullScreen;
    QLabel *m_description;
    QLabel *m_share;
    QPushButton *m_confirm;
    QLabel *m_reason;
    QLabel *m_understood;
    QPushButton *m_saveOffline;
    QProgressBar *m_download;
    QPushButton *m_cancelDownload;
    QLabel *m_saved;
    QPushButton *m_removeOffline;
    QLabel *m_offlineError;
};

} // namespace kp::client
