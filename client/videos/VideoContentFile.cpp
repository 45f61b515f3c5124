#include "client/videos/VideoContentFile.h"

#include "client/app/RunInBackground.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeDatabase>
#include <QPainter>

namespace kp::client {
namespace {

VideoContentFile inspectNow(const QString &path)
{
    VideoContentFile file;
    const QFileInfo info(path);
    file.path = path;
    file.name = info.fileName();
    file.size = info.size();
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly)) {
        file.error = VideoContentFile::tr("This file cannot be read: %1").arg(device.errorString());
        return file;
    }
    if (file.size <= 0) {
        file.error = VideoContentFile::tr("This file is empty.");
        return file;
    }
    // Name and the first bytes only; the server's verdict on the content is the one that counts.
    const auto type = QMimeDatabase().mimeTypeForFileNameAndData(file.name, device.peek(4096)).name();
    const bool video = type == QLatin1String("video/mp4") || type == QLatin1String("video/webm");
    file.contentType = video ? type : QStringLiteral("application/octet-stream");
    return file;
}

} // namespace

void VideoContentFile::inspect(const QString &path, QObject *context,
                               std::function<void(const VideoContentFile &)> done)
{
    runInBackground<VideoContentFile>(
        context, [path] { return inspectNow(path); }, std::move(done));
}

VideoThumbnailImage VideoThumbnailImage::fromImage(const QImage &source)
{
    VideoThumbnailImage thumbnail;
    if (source.isNull()) {
        thumbnail.error = tr("This picture cannot be read. Choose a JPEG or PNG file.");
        return thumbnail;
    }
    // Filled to 16:9 like the customer's cards show it, cropped in the middle.
    const QSize size(640, 360);
    const auto scaled = source.scaled(size, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    QImage canvas(size, QImage::Format_RGB32);
    QPainter painter(&canvas);
    painter.drawImage(QPoint((size.width() - scaled.width()) / 2, (size.height() - scaled.height()) / 2), scaled);
    painter.end();
    thumbnail.image = canvas;
    QBuffer buffer(&thumbnail.jpeg);
    buffer.open(QIODevice::WriteOnly);
    canvas.save(&buffer, "JPEG", 85);
    return thumbnail;
}

void VideoThumbnailImage::load(const QString &path, QObject *context,
                               std::function<void(const VideoThumbnailImage &)> done)
{
    runInBackground<VideoThumbnailImage>(
        context,
        [path] {
            QImageReader reader(path);
            reader.setAutoTransform(true);
            return fromImage(reader.read());
        },
        std::move(done));
}

} // namespace kp::client
