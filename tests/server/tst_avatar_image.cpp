#include "server/profile/AvatarImage.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <QtEndian>

using kp::server::AvatarImage;

// What the server makes of an uploaded profile picture (AvatarImage.h): decided by content,
// bounded before decoding, always re-encoded.
class TestAvatarImage : public QObject {
    Q_OBJECT

private slots:
    void turnsAPhotoIntoACentredBoundedJpegSquare();
    void keepsTransparencyAsPng();
    void keepsSmallPicturesAtTheirSize();
    void refusesATextFileWhateverItIsCalled();
    void refusesADecompressionBombFromItsHeaderAlone();
    void dropsEverythingAfterThePicture();
};

static QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

static QImage decoded(const AvatarImage &avatar)
{
    return QImage::fromData(avatar.bytes);
}

static AvatarImage accepted(const QByteArray &upload)
{
    auto result = AvatarImage::fromUpload(upload);
    if (const auto *refusal = std::get_if<AvatarImage::Refusal>(&result))
        qFatal("refused: %s", qPrintable(refusal->message));
    return std::get<AvatarImage>(result);
}

static QString refusalOf(const QByteArray &upload)
{
    auto result = AvatarImage::fromUpload(upload);
    const auto *refusal = std::get_if<AvatarImage::Refusal>(&result);
    return refusal ? refusal->problem : QStringLiteral("accepted");
}

void TestAvatarImage::turnsAPhotoIntoACentredBoundedJpegSquare()
{
    // 1600×900: a red band left and right of a blue centre square of 900×900.
    QImage photo(1600, 900, QImage::Format_RGB32);
    photo.fill(Qt::red);
    QPainter(&photo).fillRect(350, 0, 900, 900, Qt::blue);
    const auto avatar = accepted(encoded(photo, "PNG"));
    QCOMPARE(avatar.contentType, QStringLiteral("image/jpeg"));
    QVERIFY(avatar.bytes.startsWith("\xFF\xD8\xFF"));
    const auto image = decoded(avatar);
    QCOMPARE(image.size(), QSize(AvatarImage::kSide, AvatarImage::kSide));
    // Only the centre square is kept: its corners are blue, none of the red bands remain.
    for (const auto corner : {QPoint(2, 2), QPoint(509, 2), QPoint(2, 509), QPoint(509, 509)})
        QVERIFY2(qBlue(image.pixel(corner)) > 200 && qRed(image.pixel(corner)) < 60, "a corner is not blue");
}

void TestAvatarImage::keepsTransparencyAsPng()
{
    QImage logo(300, 300, QImage::Format_ARGB32);
    logo.fill(Qt::transparent);
    QPainter(&logo).fillRect(100, 100, 100, 100, Qt::green);
    const auto avatar = accepted(encoded(logo, "PNG"));
    QCOMPARE(avatar.contentType, QStringLiteral("image/png"));
    QVERIFY(avatar.bytes.startsWith("\x89PNG\r\n\x1A\n"));
    QCOMPARE(qAlpha(decoded(avatar).pixel(5, 5)), 0);
}

void TestAvatarImage::keepsSmallPicturesAtTheirSize()
{
    QImage small(64, 80, QImage::Format_RGB32);
    small.fill(Qt::gray);
    QCOMPARE(decoded(accepted(encoded(small, "JPEG"))).size(), QSize(64, 64));
}

void TestAvatarImage::refusesATextFileWhateverItIsCalled()
{
    QCOMPARE(refusalOf("Lorem ipsum dolor sit amet, this is no picture.\n"), QStringLiteral("invalid_type"));
    QCOMPARE(refusalOf(QByteArray()), QStringLiteral("invalid_type"));
    // A BMP is a picture, but not one of ours.
    QImage bmp(10, 10, QImage::Format_RGB32);
    bmp.fill(Qt::gray);
    QCOMPARE(refusalOf(encoded(bmp, "BMP")), QStringLiteral("invalid_type"));
    // A PNG signature in front of text is still no picture.
    QCOMPARE(refusalOf(QByteArray("\x89PNG\r\n\x1A\n", 8) + "not really"), QStringLiteral("invalid_type"));
}

// A PNG chunk: length, type, data, CRC-32 over type and data.
static QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : type + data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    crc ^= 0xFFFFFFFFu;
    QByteArray chunk(4, '\0');
    qToBigEndian(quint32(data.size()), chunk.data());
    chunk += type + data;
    QByteArray tail(4, '\0');
    qToBigEndian(crc, tail.data());
    return chunk + tail;
}

void TestAvatarImage::refusesADecompressionBombFromItsHeaderAlone()
{
    // A few hundred bytes that announce 30000 × 30000 pixels (3.6 GB decoded); the start of
    // their zero rows follows as a real zlib stream.
    QByteArray header(13, '\0');
    qToBigEndian(quint32(30000), header.data());
    qToBigEndian(quint32(30000), header.data() + 4);
    header[8] = 8; // bit depth
    header[9] = 6; // RGBA
    const auto bomb = QByteArray("\x89PNG\r\n\x1A\n", 8) + pngChunk("IHDR", header)
        + pngChunk("IDAT", qCompress(QByteArray(4096, '\0')).mid(4)) + pngChunk("IEND", {});
    QCOMPARE(refusalOf(bomb), QStringLiteral("too_large"));
}

void TestAvatarImage::dropsEverythingAfterThePicture()
{
    QImage picture(40, 40, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    const auto polyglot = encoded(picture, "JPEG") + "<script>alert(1)</script>";
    const auto avatar = accepted(polyglot);
    QVERIFY(!avatar.bytes.contains("<script>"));
    QVERIFY(avatar.bytes.endsWith("\xFF\xD9"));
}

QTEST_GUILESS_MAIN(TestAvatarImage)
#include "tst_avatar_image.moc"
