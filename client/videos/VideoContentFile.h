#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <functional>

class QObject;

namespace kp::client {

// A video file the admin chose, looked at off the GUI thread without reading it whole: its
// name and size for the dialog, the content type to declare (the server judges the bytes
// itself and answers 415 for anything but MP4 or WebM), or why it cannot be sent.
struct VideoContentFile {
    Q_DECLARE_TR_FUNCTIONS(VideoContentFile)

public:
    QString path;
    QString name;
    qint64 size = 0;
    QString contentType;
    QString error; // set: nothing to send

    static void inspect(const QString &path, QObject *context, std::function<void(const VideoContentFile &)> done);
};

// A picture for a video's thumbnail: the chosen image (or a frame of the video) scaled to
// 640×360 and encoded as JPEG, well under the server's 4 MiB.
struct VideoThumbnailImage {
    Q_DECLARE_TR_FUNCTIONS(VideoThumbnailImage)

public:
    QImage image;
    QByteArray jpeg;
    QString error;

    static VideoThumbnailImage fromImage(const QImage &image);
    // Reads and scales `path` off the GUI thread.
    static void load(const QString &path, QObject *context, std::function<void(const VideoThumbnailImage &)> done);
};

} // namespace kp::client
