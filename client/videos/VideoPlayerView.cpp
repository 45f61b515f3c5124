#include "client/videos/VideoPlayerView.h"

#include "client/videos/PlayerWatch.h"
#include "client/videos/VideoPoster.h"
#include "client/widgets/Card.h"
#include "client/widgets/Format.h"
#include "client/widgets/SecondaryLabel.h"
#include "client/widgets/Theme.h"

#include <QAudioOutput>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMediaPlayer>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSlider>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QVideoWidget>

#include <cmath>

namespace kp::client {

namespace {

constexpr double kSpeeds[] = {1.0, 1.25, 1.5, 2.0};

QPushButton *iconButton(const QString &icon, const QString &name, const QString &label)
{
    auto *button = new QPushButton(theme::icon(icon, theme::colors().text), QString());
    button->setObjectName(name);
    button->setProperty("variant", QStringLiteral("ghost"));
    button->setIconSize(QSize(20, 20));
    button->setToolTip(label);
    button->setAccessibleName(label);
    return button;
}

QLabel *namedLabel(const QString &name, const QString &role, const QString &tone = {})
{
    auto *label = new QLabel;
    label->setObjectName(name);
    label->setProperty("role", role);
    if (!tone.isEmpty())
        label->setProperty("tone", tone);
    return label;
}

QPushButton *namedButton(const QString &text, const QString &name, const QString &variant = {})
{
    auto *button = new QPushButton(text);
    button->setObjectName(name);
    if (!variant.isEmpty())
        button->setProperty("variant", variant);
    return button;
}

QString speedText(double speed)
{
    return QLocale().toString(speed) + QStringLiteral("×");
}

} // namespace

VideoPlayerView::VideoPlayerView(QWidget *parent)
    : QWidget(parent)
    , m_player(new QMediaPlayer(this))
    , m_audio(new QAudioOutput(this))
    , m_title(new QLabel)
    , m_series(new QLabel)
    , m_screen(new QStackedWidget)
    , m_poster(new VideoPoster)
    , m_surface(new QVideoWidget)
    , m_notice(makeSecondaryLabel(QString()))
{
    setObjectName(QStringLiteral("videoPlayer"));
    m_player->setAudioOutput(m_audio);
    m_player->setVideoOutput(m_surface);
    m_retry.setSingleShot(true);
    m_retry.setInterval(retryDelayMs);
    connect(&m_retry, &QTimer::timeout, this, [this] { emit retryRequested(m_video.id); });

    auto *back = namedButton(tr("← Back to the overview"), QStringLiteral("videoBack"), QStringLiteral("link"));
    connect(back, &QPushButton::clicked, this, &VideoPlayerView::backRequested);
    m_title->setObjectName(QStringLiteral("videoPlayerTitle"));
    m_title->setProperty("role", QStringLiteral("pageTitle"));
    m_series->setProperty("role", QStringLiteral("secondary"));
    auto *heading = new QHBoxLayout;
    heading->setSpacing(theme::spacing::m);
    heading->addWidget(m_title);
    heading->addWidget(m_series, 0, Qt::AlignBottom);
    heading->addStretch();
    heading->addWidget(back);

    m_surface->setObjectName(QStringLiteral("videoSurface"));
    m_surface->setMinimumHeight(240);
    m_surface->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_surface->installEventFilter(this);
    m_screen->setObjectName(QStringLiteral("videoScreen"));
    m_screen->setFocusPolicy(Qt::StrongFocus);
    m_screen->setAccessibleName(tr("Video"));
    m_screen->addWidget(m_poster);
    m_screen->addWidget(m_surface);
    connect(m_poster, &VideoPoster::playRequested, m_player, &QMediaPlayer::play);
    m_notice->setObjectName(QStringLiteral("videoNotice"));
    m_notice->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::spacing::xxl, theme::spacing::xl, theme::spacing::xxl, theme::spacing::xl);
    layout->setSpacing(theme::spacing::m);
    layout->addLayout(heading);
    layout->addWidget(m_screen, 1);
    layout->addWidget(buildControls());
    layout->addWidget(m_notice);
    layout->addWidget(buildDetails());

    // The player's keys wherever the focus is on this view (the focused slider or button gives
    // way: shortcuts come first); in full screen the picture is its own window (eventFilter).
    for (const auto key : {Qt::Key_Space, Qt::Key_Left, Qt::Key_Right, Qt::Key_F, Qt::Key_Escape, Qt::Key_M}) {
        auto *shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, key] { handleKey(key); });
    }
    connectPlayer();
}

VideoPlayerView::~VideoPlayerView()
{
    // The player stops as it is deleted with us: its last signals must reach nobody (the watch
    // would report into a view that is half gone).
    m_player->disconnect();
}

QWidget *VideoPlayerView::buildControls()
{
    auto *controls = new QWidget;
    m_playPause = iconButton(QStringLiteral("media-playback-start"), QStringLiteral("playPause"), tr("Play"));
    m_time = new QLabel(QStringLiteral("0:00 / 0:00"));
    m_time->setObjectName(QStringLiteral("videoTime"));
    m_time->setProperty("role", QStringLiteral("secondary"));
    m_seek = new QSlider(Qt::Horizontal);
    m_seek->setObjectName(QStringLiteral("seekSlider"));
    m_seek->setAccessibleName(tr("Position"));
    m_seek->setPageStep(seekStepMs * 2);
    m_seek->setSingleStep(seekStepMs);
    m_mute = iconButton(QStringLiteral("audio-volume-high"), QStringLiteral("muteButton"), tr("Mute"));
    m_volume = new QSlider(Qt::Horizontal);
    m_volume->setObjectName(QStringLiteral("volumeSlider"));
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setRange(0, 100);
    m_volume->setValue(80);
    m_volume->setFixedWidth(88);
    m_audio->setVolume(0.8f);
    m_speed = new QComboBox;
    m_speed->setObjectName(QStringLiteral("speedCombo"));
    m_speed->setAccessibleName(tr("Speed"));
    m_speed->setToolTip(tr("Speed"));
    for (const auto speed : kSpeeds)
        m_speed->addItem(speedText(speed), speed);
    m_fullScreen
        = iconButton(QStringLiteral("view-fullscreen"), QStringLiteral("fullScreenButton"), tr("Full screen (F)"));

    auto *row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(theme::spacing::s);
    row->addWidget(m_playPause);
    row->addWidget(m_time);
    row->addWidget(m_seek, 1);
    row->addWidget(m_mute);
    row->addWidget(m_volume);
    row->addWidget(m_speed);
    row->addWidget(m_fullScreen);

    connect(m_playPause, &QPushButton::clicked, this, &VideoPlayerView::togglePlay);
    connect(m_seek, &QSlider::sliderMoved, this, [this](int positionMs) { showPosition(positionMs); });
    connect(m_seek, &QSlider::sliderReleased, this, [this] { seekTo(m_seek->value()); });
    // Clicks on the track and keys on the focused slider move it by a step: a seek as well.
    connect(m_seek, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove && action != QAbstractSlider::SliderNoAction)
            seekTo(m_seek->sliderPosition());
    });
    connect(m_volume, &QSlider::valueChanged, this, [this](int volume) {
        m_audio->setVolume(float(volume) / 100.0f);
        if (volume > 0 && m_audio->isMuted())
            toggleMute();
    });
    connect(m_mute, &QPushButton::clicked, this, &VideoPlayerView::toggleMute);
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this] { m_player->setPlaybackRate(m_speed->currentData().toDouble()); });
    connect(m_fullScreen, &QPushButton::clicked, this, [this] { setFullScreen(true); });
    return controls;
}

QWidget *VideoPlayerView::buildDetails()
{
    QVBoxLayout *content = nullptr;
    auto *card = makeCard(content, tr("About this video"), QStringLiteral("videoDetails"));
    content->setContentsMargins(theme::spacing::xl, theme::spacing::l, theme::spacing::xl, theme::spacing::l);
    m_description = makeSecondaryLabel(QString());
    m_description->setObjectName(QStringLiteral("videoDescription"));
    content->addWidget(m_description);

    m_share = namedLabel(QStringLiteral("watchedShare"), QStringLiteral("caption"));
    m_reason = namedLabel(QStringLiteral("confirmReason"), QStringLiteral("caption"));
    m_understood = namedLabel(QStringLiteral("understoodAt"), QStringLiteral("caption"), QStringLiteral("success"));
    m_confirm = namedButton(tr("I have understood the video"), QStringLiteral("confirmUnderstood"),
                            QStringLiteral("primary"));
    m_saveOffline = namedButton(tr("Save for offline"), QStringLiteral("saveOffline"));
    m_saveOffline->setIcon(theme::icon(QStringLiteral("folder-download")));
    m_download = new QProgressBar;
    m_download->setObjectName(QStringLiteral("downloadProgress"));
    m_download->setTextVisible(false);
    m_download->setFixedWidth(140);
    m_cancelDownload = namedButton(tr("Cancel"), QStringLiteral("cancelDownload"), QStringLiteral("link"));
    m_saved = namedLabel(QStringLiteral("offlineSaved"), QStringLiteral("caption"), QStringLiteral("success"));
    m_saved->setText(tr("Saved offline ✓"));
    m_removeOffline = namedButton(tr("Remove"), QStringLiteral("removeOffline"), QStringLiteral("link"));
    m_offlineError = namedLabel(QStringLiteral("offlineError"), QStringLiteral("fieldError"));
    m_offlineError->hide();
    // Each asks the controller about the video shown.
    const auto forward = [this](QPushButton *button, void (VideoPlayerView::*request)(const QString &)) {
        connect(button, &QPushButton::clicked, this, [this, request] { emit(this->*request)(m_video.id); });
    };
    forward(m_confirm, &VideoPlayerView::confirmRequested);
    forward(m_saveOffline, &VideoPlayerView::saveOfflineRequested);
    forward(m_cancelDownload, &VideoPlayerView::cancelDownloadRequested);
    forward(m_removeOffline, &VideoPlayerView::removeOfflineRequested);

    auto *actions = new QHBoxLayout;
    actions->setSpacing(theme::spacing::m);
    actions->addWidget(m_saveOffline);
    actions->addWidget(m_download);
    actions->addWidget(m_cancelDownload);
    actions->addWidget(m_saved);
    actions->addWidget(m_removeOffline);
    actions->addWidget(m_offlineError);
    actions->addStretch();
    auto *confirmTexts = new QVBoxLayout;
    confirmTexts->setSpacing(0);
    confirmTexts->addWidget(m_share, 0, Qt::AlignRight);
    confirmTexts->addWidget(m_reason, 0, Qt::AlignRight);
    confirmTexts->addWidget(m_understood, 0, Qt::AlignRight);
    actions->addLayout(confirmTexts);
    actions->addWidget(m_confirm);
    content->addLayout(actions);
    showOfflineCopy(OfflineCopy::None);
    return card;
}

void VideoPlayerView::connectPlayer()
{
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 positionMs) {
        if (!m_seek->isSliderDown())
            showPosition(positionMs);
    });
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 durationMs) {
        if (durationMs > 0)
            m_seek->setRange(0, int(durationMs));
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        const bool playing = state == QMediaPlayer::PlayingState;
        // The poster until the first play; the picture from then on (also while paused).
        if (playing)
            m_screen->setCurrentWidget(m_surface);
        m_playPause->setIcon(
            theme::icon(playing ? QStringLiteral("media-playback-pause") : QStringLiteral("media-playback-start"),
                        theme::colors().text));
        m_playPause->setToolTip(playing ? tr("Pause (Space)") : tr("Play (Space)"));
        m_playPause->setAccessibleName(playing ? tr("Pause") : tr("Play"));
        updateConfirm();
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::LoadedMedia || status == QMediaPlayer::BufferedMedia) {
            m_notice->hide();
            startWhenLoaded();
        }
    });
    connect(m_player, &QMediaPlayer::seekableChanged, this, [this](bool seekable) {
        if (seekable)
            startWhenLoaded();
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error error) {
        if (error != QMediaPlayer::NoError)
            mediaFailed();
    });
}

void VideoPlayerView::open(const Video &video, const QUrl &source, double requiredShare, bool autoplay)
{
    close();
    m_video = video;
    m_requiredShare = requiredShare;
    m_title->setText(video.title);
    m_series->setText(video.series);
    m_description->setText(video.description.isEmpty() ? tr("No description.") : video.description);
    m_description->setVisible(true);
    m_notice->hide();
    m_offlineError->hide();
    m_seek->setRange(0, int(video.durationS * 1000));
    m_poster->setImage({});
    m_screen->setCurrentWidget(m_poster);

    m_watch = new PlayerWatch(*m_player, video.durationS, this);
    m_watch->tracker().setServerWatched(video.progress.watchedS);
    connect(m_watch, &PlayerWatch::reported, this,
            [this](const ProgressReport &report) { emit progressReported(m_video.id, report); });
    connect(m_watch, &PlayerWatch::watchedChanged, this, &VideoPlayerView::updateConfirm);

    // Where they stopped; from the start again when that was (nearly) the end.
    const double resumeS = video.progress.positionS < video.durationS - 2 ? video.progress.positionS : 0;
    m_resumeMs = qint64(resumeS * 1000);
    showPosition(m_resumeMs);
    updateConfirm();
    if (m_resumeMs > 0)
        m_watch->expect(m_resumeMs); // the server's cursor stays where playback will start
    m_playWhenLoaded = autoplay && !source.isEmpty();
    m_player->setSource(source);
    startWhenLoaded();
    // The keys work from the start, the picture (poster or video) holding the focus.
    m_screen->setFocus();
}

void VideoPlayerView::startWhenLoaded()
{
    // GStreamer says a file can seek only once it plays: playback starts when the media is
    // loaded, and moves to the resume point as soon as it can (PlayerWatch does not count the
    // moment before).
    const auto status = m_player->mediaStatus();
    const bool loaded = status == QMediaPlayer::LoadedMedia || status == QMediaPlayer::BufferedMedia;
    if (loaded && std::exchange(m_playWhenLoaded, false))
        m_player->play();
    if (m_resumeMs > 0 && m_player->isSeekable()) {
        const auto resumeMs = std::exchange(m_resumeMs, 0);
        if (m_watch)
            m_watch->seek(resumeMs);
        else
            m_player->setPosition(resumeMs);
    }
}

void VideoPlayerView::showPoster(const QImage &image)
{
    m_poster->setImage(image);
}

void VideoPlayerView::close()
{
    m_retry.stop();
    setFullScreen(false);
    if (m_watch) {
        m_watch->finish();
        m_watch->disconnect(this);
        m_watch->deleteLater();
        m_watch = nullptr;
    }
    m_playWhenLoaded = false;
    m_resumeMs = 0;
    m_player->stop();
    m_player->setSource({});
    m_video = {};
}

void VideoPlayerView::retryWith(const QUrl &source)
{
    if (!isOpen())
        return;
    m_resumeMs = std::max(m_resumeMs, m_player->position());
    m_playWhenLoaded = true;
    m_player->setSource(source);
    startWhenLoaded();
}

void VideoPlayerView::mediaFailed()
{
    if (!isOpen())
        return;
    // Quietly: the server may be at its limit of streams (503) or the link expired; the view
    // asks for the video again after a few seconds.
    m_notice->setText(tr("The video cannot be loaded right now. Trying again in a few seconds …"));
    m_notice->show();
    m_resumeMs = std::max(m_resumeMs, m_player->position());
    m_retry.start();
}

void VideoPlayerView::togglePlay()
{
    if (m_player->playbackState() == QMediaPlayer::PlayingState)
        m_player->pause();
    else
        m_player->play();
}

void VideoPlayerView::seekBy(qint64 deltaMs)
{
    seekTo(m_player->position() + deltaMs);
}

void VideoPlayerView::seekTo(qint64 positionMs)
{
    const qint64 end = m_player->duration() > 0 ? m_player->duration() : qint64(m_video.durationS * 1000);
    positionMs = std::clamp<qint64>(positionMs, 0, end);
    if (m_watch)
        m_watch->seek(positionMs);
    else
        m_player->setPosition(positionMs);
    showPosition(positionMs);
}

void VideoPlayerView::setFullScreen(bool fullScreen)
{
    if (m_surface->isFullScreen() == fullScreen)
        return;
    m_surface->setFullScreen(fullScreen);
    if (fullScreen)
        m_surface->setFocus();
}

void VideoPlayerView::toggleMute()
{
    const bool muted = !m_audio->isMuted();
    m_audio->setMuted(muted);
    m_mute->setIcon(theme::icon(muted ? QStringLiteral("audio-volume-muted") : QStringLiteral("audio-volume-high"),
                                theme::colors().text));
    m_mute->setAccessibleName(muted ? tr("Unmute") : tr("Mute"));
    m_mute->setToolTip(muted ? tr("Unmute (M)") : tr("Mute (M)"));
}

bool VideoPlayerView::handleKey(int key)
{
    switch (key) {
    case Qt::Key_Space:
        togglePlay();
        return true;
    case Qt::Key_Left:
        seekBy(-seekStepMs);
        return true;
    case Qt::Key_Right:
        seekBy(seekStepMs);
        return true;
    case Qt::Key_F:
        setFullScreen(!m_surface->isFullScreen());
        return true;
    case Qt::Key_Escape:
        setFullScreen(false);
        return true;
    case Qt::Key_M:
        toggleMute();
        return true;
    default:
        return false;
    }
}

bool VideoPlayerView::eventFilter(QObject *watched, QEvent *event)
{
    // In full screen the picture is a window of its own, outside the shortcuts' reach.
    if (watched == m_surface && event->type() == QEvent::KeyPress && m_surface->isFullScreen())
        return handleKey(static_cast<QKeyEvent *>(event)->key());
    if (watched == m_surface && event->type() == QEvent::MouseButtonDblClick) {
        setFullScreen(!m_surface->isFullScreen());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void VideoPlayerView::showPosition(qint64 positionMs)
{
    const double durationS = m_player->duration() > 0 ? double(m_player->duration()) / 1000.0 : m_video.durationS;
    m_time->setText(
        tr("%1 / %2").arg(format::duration(double(positionMs) / 1000.0), format::duration(std::round(durationS))));
    if (!m_seek->isSliderDown())
        m_seek->setValue(int(positionMs));
}

void VideoPlayerView::showServerProgress(const VideoProgress &progress)
{
    m_video.progress = progress;
    if (m_watch)
        m_watch->tracker().setServerWatched(progress.watchedS);
    updateConfirm();
}

void VideoPlayerView::updateConfirm()
{
    const auto &progress = m_video.progress;
    const double watched = m_watch ? m_watch->tracker().watchedS() : progress.watchedS;
    const double duration = m_video.durationS;
    const int percent = duration > 0 ? int(std::floor(std::min(1.0, watched / duration) * 100)) : 0;
    m_share->setText(tr("%1 % watched").arg(percent));
    if (progress.isUnderstood()) {
        m_confirm->hide();
        m_reason->hide();
        m_share->hide();
        m_understood->setText(tr("Understood on %1").arg(format::dateTime(progress.understoodAt)));
        m_understood->show();
        return;
    }
    m_understood->hide();
    m_share->show();
    m_confirm->show();
    const double left = std::ceil(m_requiredShare * duration - watched);
    const bool enough = progress.canConfirm || left <= 0;
    m_confirm->setEnabled(enough);
    const auto reason = enough ? QString() : tr("%1 left to watch").arg(format::duration(left));
    m_reason->setText(reason);
    m_reason->setVisible(!enough);
    m_confirm->setToolTip(reason);
    m_confirm->setAccessibleDescription(reason);
}

void VideoPlayerView::showConfirmError(const QString &message)
{
    m_reason->setText(message);
    m_reason->show();
}

void VideoPlayerView::showOfflineCopy(OfflineCopy state, qint64 done, qint64 total)
{
    m_saveOffline->setVisible(state == OfflineCopy::None);
    m_download->setVisible(state == OfflineCopy::Downloading);
    m_cancelDownload->setVisible(state == OfflineCopy::Downloading);
    m_saved->setVisible(state == OfflineCopy::Saved);
    m_removeOffline->setVisible(state == OfflineCopy::Saved);
    if (state == OfflineCopy::Downloading) {
        m_offlineError->hide();
        // Until the size is known the bar moves without a figure.
        m_download->setRange(0, total > 0 ? 1000 : 0);
        m_download->setValue(total > 0 ? int(done * 1000 / total) : 0);
    }
}

void VideoPlayerView::showOfflineError(const QString &message)
{
    showOfflineCopy(OfflineCopy::None);
    m_offlineError->setText(message);
    m_offlineError->show();
}

void VideoPlayerView::showDemoPosition(double positionS, double watchedS)
{
    m_video.progress.watchedS = watchedS;
    if (m_watch)
        m_watch->tracker().setServerWatched(watchedS);
    showPosition(qint64(positionS * 1000));
    updateConfirm();
}

} // namespace kp::client
