#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QtEndian>

// Pictures for the profile-picture tests on both sides: encoded images, and PNGs built by hand
// (a decompression bomb's header is a few dozen bytes that no image library would write).
namespace testimages {

// `image` encoded as `format` ("PNG", "JPEG", "BMP").
inline QByteArray encoded(const QImage &image, const char *format = "PNG")
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

// A picture of one colour, encoded.
inline QByteArray filled(QColor colour, QSize size = {800, 600}, const char *format = "PNG")
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    return encoded(image, format);
}

// A PNG chunk: length, type, data, CRC-32 over type and data.
inline QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : type + data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    QByteArray length(4, '\0');
    qToBigEndian(quint32(data.size()), length.data());
    QByteArray tail(4, '\0');
    qToBigEndian(~crc, tail.data());
    return length + type + data + tail;
}

// A decompression bomb: a valid PNG that announces width × height RGBA pixels in a few hundred
// bytes (30000 × 30000 would need 3.6 GB decoded), followed by the start of its zero rows as a
// real zlib stream. A check must refuse it from the header alone.
inline QByteArray pngBomb(quint32 width, quint32 height)
{
    QByteArray header(13, '\0');
    qToBigEndian(width, header.data());
    qToBigEndian(height, header.data() + 4);
    header[8] = 8; // bit depth
    header[9] = 6; // RGBA
    return QByteArray("\x89PNG\r\n\x1A\n", 8) + pngChunk("IHDR", header)
        + pngChunk("IDAT", qCompress(QByteArray(4096, '\0')).mid(4)) + pngChunk("IEND", {});
}

} // namespace testimages
