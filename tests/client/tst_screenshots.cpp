#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// `kundenportal --screenshot DIR` renders every page in both languages, at the documented size,
// and each picture shows a designed page (many colours), not an empty window. The app's other
// option checked here through the binary: `--server` warns about an unencrypted remote address.
class TestScreenshots : public QObject {
    Q_OBJECT

private slots:
    void rendersEveryPage_data();
    void rendersEveryPage();
    void warnsAboutUnencryptedRemoteServer_data();
    void warnsAboutUnencryptedRemoteServer();
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
    // Generous: 56 pages take 20 s under the sanitizers on a busy machine.
    QVERIFY(app.waitForFinished(120000));
    QCOMPARE(app.exitCode(), 0);
    const auto pictures = QDir(dir.path()).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    QCOMPARE(pictures.size(), 56);
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

void TestScreenshots::warnsAboutUnencryptedRemoteServer_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<bool>("warned");
    QTest::newRow("http to another computer") << "http://portal.agentur.de" << true;
    QTest::newRow("http to this computer") << "http://127.0.0.1:8080" << false;
    QTest::newRow("https") << "https://portal.agentur.de" << false;
}

void TestScreenshots::warnsAboutUnencryptedRemoteServer()
{
    QFETCH(QString, server);
    QFETCH(bool, warned);
    QTemporaryDir dir;
    QProcess app;
    // --screenshot makes the run end by itself. The warning comes before any page, so once the
    // first picture is written it has been said or not, and the other 55 need not be drawn.
    app.start(QStringLiteral(KP_CLIENT_BINARY),
              {QStringLiteral("--server"), server, QStringLiteral("--screenshot"), dir.path(),
               QStringLiteral("--language"), QStringLiteral("en")});
    QVERIFY(app.waitForStarted());
    const auto pictureWritten
        = [&dir] { return !QDir(dir.path()).entryList({QStringLiteral("*.png")}, QDir::Files).isEmpty(); };
    QTRY_VERIFY_WITH_TIMEOUT(pictureWritten() || app.state() == QProcess::NotRunning, 120000);
    app.kill();
    app.waitForFinished();
    const auto errors = app.readAllStandardError();
    QVERIFY2(pictureWritten(), errors.constData());
    QCOMPARE(errors.contains("is not encrypted (http://)"), warned);
    if (warned)
        QVERIFY2(errors.contains(server.toUtf8()), errors.constData());
}

QTEST_GUILESS_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
