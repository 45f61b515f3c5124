#include "server/profile/AvatarImage.h"

#include "shared/Validation.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>

namespace kp::server {
namespace {

AvatarImage::Refusal notAnImage()
{
    return {validation::problem::invalidType, QStringLiteral("The file is not a PNG or JPEG picture.")};
}

QByteArray encode(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    return writer.write(image) ? bytes : QByteArray();
}

// Only a picture that really lets the background through stays PNG; photos become JPEG.
bool usesTransparency(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return false;
    const auto argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            if (qAlpha(line[x]) < 255)
                return true;
        }
    }
    return false;
}

} // namespace

std::variant<AvatarImage, AvatarImage::Refusal> AvatarImage::fromUpload(const QByteArray &upload)
{
    QBuffer buffer;
    buffer.setData(upload);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    const auto format = reader.format();
    if (format != "png" && format != "jpeg")
        return notAnImage();
    // The header's claim, before a single pixel is decoded: a few hundred bytes can announce
    // gigabytes of pixels.
    const auto declared = reader.size();
    if (!declared.isValid() || declared.isEmpty())
        return notAnImage();
    if (qint64(declared.width()) * declared.height() > kMaxPixels)
        return Refusal {validation::problem::tooLarge,
                        QStringLiteral("The picture has more than %1 megapixels.").arg(kMaxPixels / 1000000)};
    // Qt's own guard (MiB of decoded pixels) for what the header check cannot see. A process-wide
    // setting, made once.
    static const bool limited = [] {
        QImageReader::setAllocationLimit(int(kMaxPixels * 4 / (1024 * 1024)) + 1);
        return true;
    }();
    Q_UNUSED(limited)
    reader.setAutoTransform(true);
    QImage image;
    if (!reader.read(&image) || image.isNull())
        return notAnImage();

    const int side = std::min(image.width(), image.height());
    image = image.copy((image.width() - side) / 2, (image.height() - side) / 2, side, side);
    if (side > kSide)
        image = image.scaled(kSide, kSide, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const bool transparent = usesTransparency(image);
    AvatarImage result;
    if (transparent) {
        result.bytes = encode(image.convertToFormat(QImage::Format_ARGB32), "png", -1);
        result.contentType = QStringLiteral("image/png");
    } else {
        result.bytes = encode(image.convertToFormat(QImage::Format_RGB32), "jpeg", 88);
        result.contentType = QStringLiteral("image/jpeg");
    }
    if (result.bytes.isEmpty())
        throw std::runtime_error("the avatar could not be encoded");
    return result;
}

} // namespace kp::server
