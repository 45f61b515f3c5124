#include "client/videos/PlayerWatch.h"
#include "client/videos/VideoPlayerView.h"

#include <QAudioOutput>
#include <QGuiApplication>
#include <QMediaPlayer>
#include <QProcess>
#include <QPushButton>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

using namespace kp;
using namespace kp::client;

// The player really playing a video (GStreamer, offscreen): a 4-second H.264/AAC file made with
// ffmpeg at test time, its positions counted by the WatchTracker, a seek ahead not counted, and
// the reports the server would get.
class TestVideoPlayback : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void countsWhatPlaysAndNotWhatIsSkipped();
    void keysControlThePlayer();
    void resumesWhereTheServerKeptThePosition();

private:
    QTemporaryDir m_dir;
    QString m_file;
};

void TestVideoPlayback::initTestCase()
{
    const auto ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    if (ffmpeg.isEmpty())
        QSKIP("ffmpeg is not installed (Debian package ffmpeg)");
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(QStringLiteral("tutorial.mp4"));
    QProcess make;
    make.start(ffmpeg, {QStringLiteral("-loglevel"), QStringLiteral("error"),
                        QStringLiteral("-f"),        QStringLiteral("lavfi"),
                        QStringLiteral("-i"),        QStringLiteral("testsrc=size=320x180:rate=25"),
                        QStringLiteral("-f"),        QStringLiteral("lavfi"),
                        QStringLiteral("-i"),        QStringLiteral("sine=frequency=440"),
                        QStringLiteral("-t"),        QStringLiteral("4"),
                        QStringLiteral("-c:v"),      QStringLiteral("libx264"),
                        QStringLiteral("-pix_fmt"),  QStringLiteral("yuv420p"),
                        QStringLiteral("-c:a"),      QStringLiteral("aac"),
                        QStringLiteral("-shortest"), m_file});
    QVERIFY(make.waitForFinished(60000));
    QVERIFY2(make.exitCode() == 0, make.readAllStandardError().constData());
}

void TestVideoPlayback::countsWhatPlaysAndNotWhatIsSkipped()
{
    VideoPlayerView view;
    view.resize(960, 640);
    view.show();
    QList<ProgressReport> reports;
    connect(&view, &VideoPlayerView::progressReported, this,
            [&reports](const QString &, const ProgressReport &report) { reports.append(report); });
    Video video;
    video.id = QStringLiteral("v1");
    video.title = QStringLiteral("Testbild");
    video.durationS = 4;
    view.open(video, QUrl::fromLocalFile(m_file), 0.9);

    auto &player = view.player();
    QTRY_COMPARE_WITH_TIMEOUT(player.playbackState(), QMediaPlayer::PlayingState, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(player.position() > 500, 10000);
    const auto &tracker = view.watch()->tracker();
    QTRY_VERIFY_WITH_TIMEOUT(tracker.watchedLocallyS() > 2.0, 10000);
    QVERIFY2(player.error() == QMediaPlayer::NoError, qPrintable(player.errorString()));
    auto *confirm = view.findChild<QPushButton *>(QStringLiteral("confirmUnderstood"));
    QVERIFY(!confirm->isEnabled()); // 2 of 4 seconds is not 90 %

    // Ahead to 3.5 s: what was watched up to here is reported first, then the cursor moves.
    const double beforeSeek = tracker.watchedLocallyS();
    const int reportsBefore = int(reports.size());
    view.watch()->seek(3500);
    QCOMPARE(reports.size(), reportsBefore + 2);
    QVERIFY(!reports.at(reportsBefore).isCursorMove());
    QVERIFY(reports.at(reportsBefore).positionS >= 2.0);
    QCOMPARE(reports.at(reportsBefore + 1), (ProgressReport {3.5, 3.5}));

    QTRY_COMPARE_WITH_TIMEOUT(player.mediaStatus(), QMediaPlayer::EndOfMedia, 10000);
    // The skipped stretch is not counted: at most the half second after the seek point was added.
    QVERIFY2(tracker.watchedLocallyS() <= beforeSeek + 0.6,
             qPrintable(QStringLiteral("%1 after %2").arg(tracker.watchedLocallyS()).arg(beforeSeek)));
    QVERIFY(tracker.watchedLocallyS() < 3.5);
    QVERIFY(!confirm->isEnabled());
    // Playback ended: the rest was reported as a span after the seek point.
    QTRY_VERIFY(!reports.constLast().isCursorMove() && reports.constLast().fromS >= 3.5);
    view.close();
}

void TestVideoPlayback::keysControlThePlayer()
{
    VideoPlayerView view;
    view.resize(960, 640);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    Video video;
    video.id = QStringLiteral("v1");
    video.durationS = 4;
    view.open(video, QUrl::fromLocalFile(m_file), 0.9);
    auto &player = view.player();
    QTRY_COMPARE_WITH_TIMEOUT(player.playbackState(), QMediaPlayer::PlayingState, 10000);
    // The offscreen platform activates every window it shows, the video's own surface too (on a
    // desktop it is transparent for input), which takes the focus from the view: the view's
    // window is made active again and the picture focused, as a click on it does.
    view.windowHandle()->requestActivate();
    QTRY_COMPARE(QGuiApplication::focusWindow(), view.windowHandle());
    view.findChild<QWidget *>(QStringLiteral("videoScreen"))->setFocus();
    QTest::keyClick(&view, Qt::Key_Space);
    QTRY_COMPARE(player.playbackState(), QMediaPlayer::PausedState);
    // Five seconds on (as far as the 4-second video goes) and back.
    auto *position = view.findChild<QSlider *>(QStringLiteral("seekSlider"));
    const auto paused = player.position();
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(position->value(), 4000);
    QTest::keyClick(&view, Qt::Key_Left);
    QVERIFY(position->value() < paused + 1000);
    QTest::keyClick(&view, Qt::Key_M);
    QVERIFY(player.audioOutput()->isMuted());
    QTest::keyClick(&view, Qt::Key_M);
    QVERIFY(!player.audioOutput()->isMuted());
    QTest::keyClick(&view, Qt::Key_Space);
    QTRY_COMPARE(player.playbackState(), QMediaPlayer::PlayingState);
    view.close();
}

void TestVideoPlayback::resumesWhereTheServerKeptThePosition()
{
    VideoPlayerView view;
    view.show();
    QList<ProgressReport> reports;
    connect(&view, &VideoPlayerView::progressReported, this,
            [&reports](const QString &, const ProgressReport &report) { reports.append(report); });
    Video video;
    video.id = QStringLiteral("v1");
    video.durationS = 4;
    video.progress.positionS = 1.5;
    view.open(video, QUrl::fromLocalFile(m_file), 0.9);
    // The server's cursor is where playback resumes, before anything is counted.
    QCOMPARE(reports.value(0), (ProgressReport {1.5, 1.5}));
    auto &player = view.player();
    QTRY_COMPARE_WITH_TIMEOUT(player.playbackState(), QMediaPlayer::PlayingState, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(player.position() >= 1600, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(player.mediaStatus(), QMediaPlayer::EndOfMedia, 10000);
    // What came before the resume point was not watched here.
    QVERIFY2(view.watch()->tracker().watchedLocallyS() <= 2.6,
             qPrintable(QString::number(view.watch()->tracker().watchedLocallyS())));
    view.close();
}

QTEST_MAIN(TestVideoPlayback)
#include "tst_video_playback.moc"
