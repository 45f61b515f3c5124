#include "client/profile/AvatarImage.h"

#include <QFileInfo>
#include <QImageReader>
#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace kp::client {

namespace {

// Formats whose decoders are part of every Qt build and that photos come in. SVG is left out on
// purpose: it is a document, not a picture, and has no pixel size to check.
bool isAcceptedFormat(const QByteArray &format)
{
    return format == "png" || format == "jpeg" || format == "jpg" || format == "gif" || format == "bmp";
}

} // namespace

AvatarImage::Loaded AvatarImage::load(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return {{}, tr("The file could not be opened.")};
    // Before reading a byte of it: the size alone decides.
    if (info.size() > maxFileBytes)
        return {{},
                tr("This picture is too large (%1 MB). Please choose one of at most 5 MB.")
                    .arg(QString::number(double(info.size()) / (1024 * 1024), 'f', 1))};

    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    if (!reader.canRead() || !isAcceptedFormat(reader.format()))
        return {{}, tr("This file is not a picture. Please choose a PNG, JPEG, GIF or BMP image.")};

    const QSize declared = reader.size();
    if (!declared.isValid())
        return {{}, tr("This picture could not be read. It may be damaged.")};
    if (qint64(declared.width()) * declared.height() > maxPixels)
        return {{},
                tr("This picture has too many pixels (%1 × %2). Please choose one of at most 40 megapixels.")
                    .arg(declared.width())
                    .arg(declared.height())};

    // Photos from phones are stored sideways with an orientation tag; show them as taken.
    reader.setAutoTransform(true);
    // A second guard in case a decoder allocates more than the header promised: in MB, at up to
    // 8 bytes a pixel (16-bit RGBA).
    reader.setAllocationLimit(int(maxPixels * 8 / (1024 * 1024)) + 1);
    const QImage image = reader.read();
    if (image.isNull())
        return {{}, tr("This picture could not be read. It may be damaged.")};
    return fromImage(image);
}

QFuture<AvatarImage::Loaded> AvatarImage::loadInBackground(const QString &path)
{
    // Shared: QThreadPool takes a copyable std::function, and a promise cannot be copied.
    auto promise = std::make_shared<QPromise<Loaded>>();
    auto future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, path] {
        promise->addResult(load(path));
        promise->finish();
    });
    return future;
}

AvatarImage::Loaded AvatarImage::fromImage(const QImage &image)
{
    if (image.isNull())
        return {{}, tr("This picture could not be read. It may be damaged.")};
    if (qint64(image.width()) * image.height() > maxPixels)
        return {{},
                tr("This picture has too many pixels (%1 × %2). Please choose one of at most 40 megapixels.")
                    .arg(image.width())
                    .arg(image.height())};
    return {image, {}};
}

} // namespace kp::client
