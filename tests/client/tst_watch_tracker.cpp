#include "client/videos/MediaLink.h"
#include "client/videos/VideosApi.h"
#include "client/videos/WatchTracker.h"
#include "client/widgets/Format.h"

#include <QTest>

using namespace kp::client;

namespace {

// Playback from `fromS` to `toS` as the player reports it: a position every quarter second.
void play(WatchTracker &tracker, double fromS, double toS)
{
    tracker.started(fromS);
    for (double at = fromS + 0.25; at <= toS + 1e-9; at += 0.25)
        tracker.advanced(at);
}

} // namespace

// What the player counts as watched (WatchTracker), the reports it sends the server, and the
// small helpers around them: the media links' place and expiry, the length as a player shows it.
class TestWatchTracker : public QObject {
    Q_OBJECT

private slots:
    void countsSeventyPercentAfterSkippingTheMiddle();
    void aJumpAheadWithoutSeekingIsNotCounted();
    void reportsTheSpanBeforeASeekAndThenACursorMove();
    void reportsEveryTickOnlyWhatIsNewAndTheRestOnPause();
    void rewatchingCountsEachSecondOnce();
    void neverShowsLessThanTheServerCounted();
    void reportBodiesCarryBothEndsInMilliseconds();
    void resolvesMediaLinksUnderTheServersPath();
    void knowsWhenALinkIsAboutToExpire();
    void formatsLengthsLikeAPlayer();
};

void TestWatchTracker::countsSeventyPercentAfterSkippingTheMiddle()
{
    WatchTracker tracker(100, [](const ProgressReport &) {});
    play(tracker, 0, 20);
    tracker.seeking(50);
    for (double at = 50.25; at <= 100; at += 0.25)
        tracker.advanced(at);
    tracker.stopped();
    QCOMPARE(tracker.watchedLocallyS(), 70.0);
    QCOMPARE(tracker.shareWatched(), 0.7);
    QCOMPARE(tracker.spans().spans().size(), 2);
}

void TestWatchTracker::aJumpAheadWithoutSeekingIsNotCounted()
{
    QList<ProgressReport> reports;
    WatchTracker tracker(100, [&reports](const ProgressReport &report) { reports.append(report); });
    play(tracker, 0, 10);
    // The player jumped (a click on the slider the view did not announce): not watching.
    tracker.advanced(60);
    tracker.advanced(61);
    QCOMPARE(tracker.watchedLocallyS(), 11.0);
    QCOMPARE(reports, (QList<ProgressReport> {{0, 0}, {0, 10}, {60, 60}}));
}

void TestWatchTracker::reportsTheSpanBeforeASeekAndThenACursorMove()
{
    QList<ProgressReport> reports;
    WatchTracker tracker(100, [&reports](const ProgressReport &report) { reports.append(report); });
    play(tracker, 0, 20);
    tracker.seeking(50);
    QCOMPARE(reports, (QList<ProgressReport> {{0, 0}, {0, 20}, {50, 50}}));
    QVERIFY(reports.constLast().isCursorMove());
    // Playback goes on from where the seek landed, and the next report starts there.
    for (double at = 50.25; at <= 55; at += 0.25)
        tracker.advanced(at);
    tracker.tick();
    QCOMPARE(reports.constLast(), (ProgressReport {50, 55}));
}

void TestWatchTracker::reportsEveryTickOnlyWhatIsNewAndTheRestOnPause()
{
    QList<ProgressReport> reports;
    WatchTracker tracker(100, [&reports](const ProgressReport &report) { reports.append(report); });
    play(tracker, 10, 15);
    QCOMPARE(reports, (QList<ProgressReport> {{10, 10}}));
    tracker.tick();
    tracker.tick(); // nothing watched since: nothing sent
    play(tracker, 15, 17.5);
    tracker.stopped();
    tracker.stopped();
    QCOMPARE(reports, (QList<ProgressReport> {{10, 10}, {10, 15}, {15, 17.5}}));
    // Play again where it paused: the server's cursor is there already, no cursor move.
    play(tracker, 17.5, 20);
    tracker.stopped();
    QCOMPARE(reports.constLast(), (ProgressReport {17.5, 20}));
    QCOMPARE(reports.size(), 4);
}

void TestWatchTracker::rewatchingCountsEachSecondOnce()
{
    WatchTracker tracker(60, [](const ProgressReport &) {});
    play(tracker, 0, 30);
    tracker.seeking(10);
    for (double at = 10.25; at <= 40; at += 0.25)
        tracker.advanced(at);
    QCOMPARE(tracker.watchedLocallyS(), 40.0);
}

void TestWatchTracker::neverShowsLessThanTheServerCounted()
{
    WatchTracker tracker(200, [](const ProgressReport &) {});
    tracker.setServerWatched(120);
    play(tracker, 0, 10);
    QCOMPARE(tracker.watchedS(), 120.0);
    QCOMPARE(tracker.shareWatched(), 0.6);
    tracker.setServerWatched(0);
    QCOMPARE(tracker.watchedS(), 10.0);
}

void TestWatchTracker::reportBodiesCarryBothEndsInMilliseconds()
{
    QCOMPARE(VideosApi::progressBody({12.3456789, 17.0001}),
             (QJsonObject {{QStringLiteral("from_s"), 12.346}, {QStringLiteral("position_s"), 17.0}}));
    QCOMPARE(VideosApi::progressPath(QStringLiteral("v/1")), QStringLiteral("/api/v1/videos/v%2F1/progress"));
}

void TestWatchTracker::resolvesMediaLinksUnderTheServersPath()
{
    const auto link = QStringLiteral("/media/ab12.mp4?exp=1800000000&sig=00ff");
    QCOMPARE(medialink::resolve(QUrl(QStringLiteral("https://portal.agentur.de")), link).toString(),
             QStringLiteral("https://portal.agentur.de/media/ab12.mp4?exp=1800000000&sig=00ff"));
    QCOMPARE(medialink::resolve(QUrl(QStringLiteral("https://agentur.de/portal/")), link).toString(),
             QStringLiteral("https://agentur.de/portal/media/ab12.mp4?exp=1800000000&sig=00ff"));
}

void TestWatchTracker::knowsWhenALinkIsAboutToExpire()
{
    const auto now = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
    const auto linkExpiringIn = [&now](int seconds) {
        return QStringLiteral("/media/a.mp4?exp=%1&sig=00").arg(now.toSecsSinceEpoch() + seconds);
    };
    QVERIFY(!medialink::expiresSoon(linkExpiringIn(3600), now));
    QVERIFY(medialink::expiresSoon(linkExpiringIn(30), now));
    QVERIFY(medialink::expiresSoon(linkExpiringIn(-5), now));
    QVERIFY(!medialink::expiresSoon(QStringLiteral("/media/a.mp4"), now));
}

void TestWatchTracker::formatsLengthsLikeAPlayer()
{
    QCOMPARE(format::duration(0), QStringLiteral("0:00"));
    QCOMPARE(format::duration(65.9), QStringLiteral("1:05"));
    QCOMPARE(format::duration(200), QStringLiteral("3:20"));
    QCOMPARE(format::duration(3909), QStringLiteral("1:05:09"));
}

QTEST_GUILESS_MAIN(TestWatchTracker)
#include "tst_watch_tracker.moc"
