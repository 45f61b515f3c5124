#include "client/videos/VideoFrameGrabber.h"

#include <QMediaPlayer>
#include <QTimer>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>

namespace kp::client {

VideoFrameGrabber::VideoFrameGrabber(QObject *parent)
    : QObject(parent)
    , m_player(new QMediaPlayer(this))
    , m_sink(new QVideoSink(this))
    , m_timeout(new QTimer(this))
{
    // No QAudioOutput: the player stays silent.
    m_player->setVideoSink(m_sink);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        finish();
        emit failed(tr("No picture could be taken from this video in time."));
    });
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 duration) {
        if (!m_busy || duration <= 0 || m_targetMs >= 0)
            return;
        m_targetMs = duration / 10;
        m_player->setPosition(m_targetMs);
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &message) {
        if (!m_busy)
            return;
        finish();
        emit failed(tr("This video cannot be played here: %1").arg(message));
    });
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &VideoFrameGrabber::onFrame);
}

void VideoFrameGrabber::grab(const QString &filePath, int timeoutMs)
{
    finish();
    m_busy = true;
    m_targetMs = -1;
    m_timeout->start(timeoutMs);
    m_player->setSource(QUrl::fromLocalFile(filePath));
    m_player->play();
}

void VideoFrameGrabber::onFrame(const QVideoFrame &frame)
{
    // Frames before the seek landed (the opening) are passed over.
    if (!m_busy || m_targetMs < 0 || !frame.isValid())
        return;
    // A frame's start time is in µs; some backends leave it unset, then the player's position says.
    const qint64 atMs = frame.startTime() >= 0 ? frame.startTime() / 1000 : m_player->position();
    if (atMs < m_targetMs - 500)
        return;
    const auto image = frame.toImage();
    if (image.isNull())
        return;
    finish();
    emit grabbed(image);
}

void VideoFrameGrabber::finish()
{
    m_busy = false;
    m_timeout->stop();
    // Not from inside the sink's signal, which the player's pipeline may still be delivering;
    // a grab() begun meanwhile keeps its player.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_busy)
                return;
            m_player->stop();
            m_player->setSource({});
        },
        Qt::QueuedConnection);
}

} // namespace kp::client
