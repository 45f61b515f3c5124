#include "server/profile/AvatarImage.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QTest>

#include "TestImages.h"
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

using testimages::encoded;

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

void TestAvatarImage::refusesADecompressionBombFromItsHeaderAlone()
{
    const auto bomb = testimages::pngBomb(30000, 30000);
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
