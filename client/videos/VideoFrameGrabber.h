#pragma once

#include <QImage>
#include <QObject>

class QMediaPlayer;
class QTimer;
class QVideoFrame;
class QVideoSink;

namespace kp::client {

// Takes one picture out of a local video file for its thumbnail: QMediaPlayer plays it muted
// into a QVideoSink, seeks to a tenth of its length (past black openings and titles) and keeps
// the first frame from there. Asynchronous: emits exactly one of grabbed() or failed(), within
// `timeout`.
class VideoFrameGrabber : public QObject {
    Q_OBJECT

public:
    explicit VideoFrameGrabber(QObject *parent = nullptr);

    void grab(const QString &filePath, int timeoutMs = 15000);

signals:
    void grabbed(const QImage &frame);
    void failed(const QString &reason);

private:
    void onFrame(const QVideoFrame &frame);
    void finish();

    QMediaPlayer *m_player;
    QVideoSink *m_sink;
    QTimer *m_timeout;
    qint64 m_targetMs = -1; // -1 until the length is known
    bool m_busy = false;
};

} // namespace kp::client
