#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// `kundenportal --screenshot DIR` renders every page in both languages, at the documented size,
// and each picture shows a designed page (many colours), not an empty window.
class TestScreenshots : public QObject {
    Q_OBJECT

private slots:
    void rendersEveryPage_data();
    void rendersEveryPage();
};

void TestScreenshots::rendersEveryPage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestScreenshots::rendersEveryPage()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    QProcess app;
    app.start(QStringLiteral(KP_CLIENT_BINARY),
              {QStringLiteral("--screenshot"), dir.path(), QStringLiteral("--language"), language});
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitCode(), 0);
    const auto pictures = QDir(dir.path()).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    QCOMPARE(pictures.size(), 14);
    for (const auto &name : pictures) {
        const QImage image(dir.filePath(name));
        QVERIFY2(!image.isNull(), qPrintable(name));
        if (!name.contains(QLatin1String("dialog")) && !name.contains(QLatin1String("settings")))
            QCOMPARE(image.size(), QSize(1280, 800));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
