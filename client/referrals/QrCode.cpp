#include "client/referrals/QrCode.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace kp::client {

std::optional<QrCode> QrCode::encode(const QString &text)
{
    const auto bytes = text.toUtf8();
    if (bytes.isEmpty())
        return std::nullopt;
    // Version 0: the smallest that holds the text; 8-bit mode keeps the text exactly as written
    // (links are case-sensitive). Level M survives a smudged print without growing much.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(bytes.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return std::nullopt;
    QrCode qr;
    qr.m_version = code->version;
    qr.m_size = code->width;
    qr.m_dark.resize(qsizetype(code->width) * code->width);
    for (qsizetype i = 0; i < qr.m_dark.size(); ++i)
        qr.m_dark[i] = (code->data[i] & 1) != 0; // bit 0: dark; the other bits say what the module is
    return qr;
}

QImage QrCode::toImage(int modulePixels) const
{
    const int pixels = std::max(1, modulePixels);
    QImage image(imageSide(pixels), imageSide(pixels), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (isDark(x, y))
                painter.fillRect((x + quietZone) * pixels, (y + quietZone) * pixels, pixels, pixels, Qt::black);
        }
    }
    return image;
}

} // namespace kp::client
