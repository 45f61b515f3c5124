#include "client/app/Application.h"
#include "client/profile/AvatarCropDialog.h"
#include "client/profile/AvatarCropView.h"
#include "client/profile/AvatarDropZone.h"
#include "client/profile/AvatarImage.h"
#include "client/profile/CropGeometry.h"

#include "TestImages.h"

#include <QBuffer>
#include <QFileDialog>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace kp::client;

namespace {

QByteArray pngBytes(const QImage &image)
{
    return testimages::encoded(image, "PNG");
}

QImage colourful(int width, int height)
{
    // Every pixel tells where it came from, so a crop can be checked by its colours.
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, qRgb(x % 256, y % 256, (x / 256) * 64 + (y / 256)));
    return image;
}

// A decompression bomb's header: a valid PNG that declares width × height pixels in a few dozen
// bytes. Decoding it would need gigabytes; the check must refuse it from the header alone.
QByteArray bombPng(quint32 width, quint32 height)
{
    return testimages::pngBomb(width, height);
}

} // namespace

// Choosing a profile picture: only real, bounded pictures get in, and the square the user picks
// is the one uploaded.
class TestAvatarCrop : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void startsWithTheLargestCentredSquare();
    void keepsTheSquareInsideThePicture();
    void resizesAroundTheCentre();
    void producesAPngOfAtMost512Pixels();
    void cropsTheChosenSquare();
    void movesTheSquareWithTheKeyboard();
    void movesTheSquareByDragging();
    void zoomsWithTheSlider();
    void refusesARenamedTextFile();
    void refusesAFileOverFiveMegabytes();
    void refusesADecompressionBombBeforeDecoding();
    void explainsRefusalsInGerman();
    void dropZoneNamesTheDroppedFile();
    void opensAFileWithoutBlockingTheWindow();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

void TestAvatarCrop::initTestCase()
{
    installTranslations(QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
}

QString TestAvatarCrop::write(const QString &name, const QByteArray &bytes)
{
    QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestAvatarCrop::startsWithTheLargestCentredSquare()
{
    QCOMPARE(CropGeometry(QSize(400, 300)).source(), QRect(50, 0, 300, 300));
    QCOMPARE(CropGeometry(QSize(300, 400)).source(), QRect(0, 50, 300, 300));
    QCOMPARE(CropGeometry(QSize(256, 256)).source(), QRect(0, 0, 256, 256));

    AvatarCropDialog dialog;
    QVERIFY(dialog.loadFile(write(QStringLiteral("landscape.png"), pngBytes(colourful(400, 300)))));
    QCOMPARE(dialog.cropRect(), QRect(50, 0, 300, 300));
}

void TestAvatarCrop::keepsTheSquareInsideThePicture()
{
    CropGeometry geometry(QSize(400, 300));
    geometry.moveBy(QPoint(30, 0));
    QCOMPARE(geometry.source(), QRect(80, 0, 300, 300));
    geometry.moveBy(QPoint(1000, 1000));
    QCOMPARE(geometry.source(), QRect(100, 0, 300, 300));
    geometry.moveBy(QPoint(-1000, -5));
    QCOMPARE(geometry.source(), QRect(0, 0, 300, 300));
    geometry.setSide(5000);
    QCOMPARE(geometry.side(), 300);
    geometry.setSide(1);
    QCOMPARE(geometry.side(), geometry.minimumSide());
    QCOMPARE(geometry.minimumSide(), 64);
    // A tiny picture may be used whole.
    QCOMPARE(CropGeometry(QSize(40, 30)).minimumSide(), 30);
}

void TestAvatarCrop::resizesAroundTheCentre()
{
    CropGeometry geometry(QSize(400, 300));
    geometry.setSide(100);
    QCOMPARE(geometry.source(), QRect(150, 100, 100, 100));
    geometry.moveTo(QPoint(0, 0));
    // Growing at the corner pushes the square back into the picture.
    geometry.setSide(200);
    QCOMPARE(geometry.source(), QRect(0, 0, 200, 200));
}

void TestAvatarCrop::producesAPngOfAtMost512Pixels()
{
    AvatarCropDialog dialog;
    QVERIFY(dialog.setImage(colourful(1600, 1200)));
    const auto png = dialog.croppedPng();
    QVERIFY(png.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)));
    const auto image = QImage::fromData(png, "PNG");
    QCOMPARE(image.size(), QSize(512, 512));

    // A small square is not blown up.
    QVERIFY(dialog.setImage(colourful(400, 300)));
    QCOMPARE(QImage::fromData(dialog.croppedPng(), "PNG").size(), QSize(300, 300));
    QVERIFY(AvatarCropDialog().croppedPng().isEmpty());
}

void TestAvatarCrop::cropsTheChosenSquare()
{
    AvatarCropDialog dialog;
    QVERIFY(dialog.setImage(colourful(400, 300)));
    const auto image = QImage::fromData(dialog.croppedPng(), "PNG");
    // The output's top-left pixel is the source's (50, 0), its bottom-right the source's (349, 299).
    QCOMPARE(image.pixel(0, 0), colourful(400, 300).pixel(50, 0));
    QCOMPARE(image.pixel(299, 299), colourful(400, 300).pixel(349, 299));
}

void TestAvatarCrop::movesTheSquareWithTheKeyboard()
{
    AvatarCropDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.setImage(colourful(400, 300)));
    auto *view = dialog.findChild<AvatarCropView *>(QStringLiteral("avatarCropView"));
    QVERIFY(view);
    QSignalSpy changed(view, &AvatarCropView::cropChanged);
    // One step is a fiftieth of the square's room: 6 pixels for a 300-pixel side.
    QTest::keyClick(view, Qt::Key_Left);
    QCOMPARE(dialog.cropRect(), QRect(44, 0, 300, 300));
    QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(dialog.cropRect(), QRect(74, 0, 300, 300));
    QTest::keyClick(view, Qt::Key_Minus);
    QCOMPARE(dialog.cropRect().width(), 300); // already as large as it gets
    QTest::keyClick(view, Qt::Key_Plus);
    QCOMPARE(dialog.cropRect().width(), 294);
    QCOMPARE(changed.size(), 3);
    // The moved square is what is uploaded.
    const auto image = QImage::fromData(dialog.croppedPng(), "PNG");
    QCOMPARE(image.pixel(0, 0), colourful(400, 300).pixel(dialog.cropRect().topLeft()));
}

void TestAvatarCrop::movesTheSquareByDragging()
{
    AvatarCropDialog dialog;
    dialog.resize(700, 600);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.setImage(colourful(400, 300)));
    auto *view = dialog.findChild<AvatarCropView *>(QStringLiteral("avatarCropView"));
    const QPoint centre = view->rect().center();
    const double scale = std::min(view->width() / 400.0, view->height() / 300.0);
    QTest::mousePress(view, Qt::LeftButton, {}, centre);
    QTest::mouseMove(view, centre - QPoint(int(20 * scale), 0));
    QTest::mouseRelease(view, Qt::LeftButton, {}, centre - QPoint(int(20 * scale), 0));
    QVERIFY2(std::abs(dialog.cropRect().x() - 30) <= 1, qPrintable(QString::number(dialog.cropRect().x())));
    QCOMPARE(dialog.cropRect().y(), 0);
}

void TestAvatarCrop::zoomsWithTheSlider()
{
    AvatarCropDialog dialog;
    QVERIFY(dialog.setImage(colourful(400, 300)));
    auto *zoom = dialog.findChild<QSlider *>(QStringLiteral("avatarCropZoom"));
    QVERIFY(zoom);
    QCOMPARE(zoom->value(), 300);
    zoom->setValue(100);
    QCOMPARE(dialog.cropRect(), QRect(150, 100, 100, 100));
    QCOMPARE(QImage::fromData(dialog.croppedPng(), "PNG").size(), QSize(100, 100));
}

void TestAvatarCrop::refusesARenamedTextFile()
{
    const auto path = write(QStringLiteral("holiday.png"), "Dear diary, today I renamed a text file.\n");
    const auto loaded = AvatarImage::load(path);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error.contains(QLatin1String("not a picture")), qPrintable(loaded.error));

    AvatarCropDialog dialog;
    QVERIFY(!dialog.loadFile(path));
    QCOMPARE(dialog.error(), loaded.error);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("avatarCropError"))->isVisibleTo(&dialog));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("avatarCropAccept"))->isEnabled());

    // A real picture with a wrong name is welcome: the content decides.
    QVERIFY(AvatarImage::load(write(QStringLiteral("notes.txt"), pngBytes(colourful(100, 100)))).ok());
}

void TestAvatarCrop::refusesAFileOverFiveMegabytes()
{
    // A real PNG header, then padding: refused by its size before it is read at all.
    auto bytes = pngBytes(colourful(64, 64));
    bytes.append(QByteArray(AvatarImage::maxFileBytes + 1 - bytes.size(), '\0'));
    const auto loaded = AvatarImage::load(write(QStringLiteral("big.png"), bytes));
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error.contains(QLatin1String("too large")), qPrintable(loaded.error));
    QVERIFY2(loaded.error.contains(QLatin1String("5 MB")), qPrintable(loaded.error));

    // Exactly at the limit is still fine as far as size goes (it then fails as damaged, not as large).
    bytes.chop(1);
    QVERIFY(!AvatarImage::load(write(QStringLiteral("edge.png"), bytes)).error.contains(QLatin1String("too large")));
}

void TestAvatarCrop::refusesADecompressionBombBeforeDecoding()
{
    const auto bomb = bombPng(30000, 30000);
    QVERIFY(bomb.size() < 100);
    const auto path = write(QStringLiteral("bomb.png"), bomb);
    const auto loaded = AvatarImage::load(path);
    QVERIFY(!loaded.ok());
    // The pixel message, not "damaged": it was refused from the header, before any decoding.
    QVERIFY2(loaded.error.contains(QLatin1String("too many pixels")), qPrintable(loaded.error));
    QVERIFY2(loaded.error.contains(QLatin1String("30000")), qPrintable(loaded.error));

    // Just under the limit the header passes and the (empty) data is what fails.
    const auto under = AvatarImage::load(write(QStringLiteral("under.png"), bombPng(2000, 2000)));
    QVERIFY(!under.ok());
    QVERIFY2(!under.error.contains(QLatin1String("too many pixels")), qPrintable(under.error));
}

void TestAvatarCrop::explainsRefusalsInGerman()
{
    installTranslations(QStringLiteral("de"));
    const auto text = AvatarImage::load(write(QStringLiteral("de.png"), "text")).error;
    const auto bomb = AvatarImage::load(write(QStringLiteral("de-bomb.png"), bombPng(30000, 30000))).error;
    AvatarCropDialog dialog;
    const auto accept = dialog.findChild<QPushButton *>(QStringLiteral("avatarCropAccept"))->text();
    installTranslations(QStringLiteral("en"));
    QVERIFY2(text.contains(QStringLiteral("kein Bild")), qPrintable(text));
    QVERIFY2(bomb.contains(QStringLiteral("Bildpunkte")), qPrintable(bomb));
    QCOMPARE(accept, QStringLiteral("Bild verwenden"));
}

void TestAvatarCrop::dropZoneNamesTheDroppedFile()
{
    AvatarDropZone zone;
    zone.show();
    QSignalSpy chosen(&zone, &AvatarDropZone::fileChosen);
    const auto path = write(QStringLiteral("dropped.png"), pngBytes(colourful(80, 80)));

    QMimeData two;
    two.setUrls({QUrl::fromLocalFile(path), QUrl::fromLocalFile(path)});
    QDragEnterEvent refused(QPoint(5, 5), Qt::CopyAction, &two, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&zone, &refused);
    QVERIFY(!refused.isAccepted());
    QMimeData web;
    web.setUrls({QUrl(QStringLiteral("https://example.com/a.png"))});
    QVERIFY(AvatarDropZone::droppedFile(&web).isEmpty());

    QMimeData one;
    one.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &one, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&zone, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &one, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&zone, &drop);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().at(0).toString(), path);

    // The button's file dialog ends in the same signal.
    QTest::mouseClick(zone.findChild<QPushButton *>(QStringLiteral("avatarChooseFile")), Qt::LeftButton);
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY(dialog = zone.window()->findChild<QFileDialog *>(QStringLiteral("avatarFileDialog")));
    QVERIFY(dialog->isVisible());
    dialog->selectFile(path);
    QMetaObject::invokeMethod(dialog, "accept");
    QCOMPARE(chosen.size(), 2);
    QCOMPARE(chosen.last().at(0).toString(), path);
}

void TestAvatarCrop::opensAFileWithoutBlockingTheWindow()
{
    const auto picture = write(QStringLiteral("async.png"), pngBytes(colourful(400, 300)));
    const auto text = write(QStringLiteral("async-text.png"), "not a picture");
    AvatarCropDialog dialog;
    QSignalSpy loaded(&dialog, &AvatarCropDialog::fileLoaded);
    dialog.openFile(picture);
    // Returned before the picture was read: the answer comes through the event loop.
    QCOMPARE(loaded.size(), 0);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().at(0).toBool(), true);
    QCOMPARE(dialog.cropRect(), QRect(50, 0, 300, 300));

    // A refused file leaves the picture already chosen as it was.
    dialog.openFile(text);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.last().at(0).toBool(), false);
    QVERIFY(dialog.error().contains(QLatin1String("not a picture")));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("avatarCropAccept"))->isEnabled());
    QCOMPARE(dialog.cropRect(), QRect(50, 0, 300, 300));

    // Two files in quick succession: the later one wins, whichever finishes first.
    const auto square = write(QStringLiteral("square.png"), pngBytes(colourful(200, 200)));
    dialog.openFile(square);
    dialog.openFile(picture);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(dialog.cropRect(), QRect(50, 0, 300, 300));
    // The earlier one has finished too by now; its answer is not delivered.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(loaded.size(), 3);
    QCOMPARE(dialog.cropRect(), QRect(50, 0, 300, 300));

    // Closed while loading: no call into a dialog that is gone.
    auto *closing = new AvatarCropDialog;
    closing->openFile(picture);
    delete closing;
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
}

QTEST_MAIN(TestAvatarCrop)
#include "tst_avatar_crop.moc"
