#include "client/app/AppContext.h"
#include "client/app/Application.h"
#include "client/app/OfflineSync.h"
#include "client/videos/OfflineVideos.h"
#include "client/videos/PlayerWatch.h"
#include "client/videos/VideoCard.h"
#include "client/videos/VideoPlayerView.h"
#include "client/videos/VideosPage.h"

#include "CacheTestSupport.h"
#include "FakeNetwork.h"
#include "FakeNetworkApp.h"
#include "GuiDriver.h"
#include "TestAccounts.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QMediaPlayer>
#include <QPointer>
#include <QTest>

using namespace kp;
using namespace kp::client;
using State = Session::State;

namespace {

const QString kServer = QStringLiteral("http://127.0.0.1:9");
const QString kVideos = QStringLiteral("/api/v1/videos");

// Onboarded: the checklist is complete, one of three required videos understood.
Account customer()
{
    auto jana = approvedJana();
    jana.onboarding = AccountOnboarding {.checklistComplete = true,
                                         .checklistCompletedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC),
                                         .requiredAnswered = 4,
                                         .requiredTotal = 4,
                                         .videosComplete = false,
                                         .videosRequiredUnderstood = 1,
                                         .videosRequiredTotal = 3};
    return jana;
}

QString signedLink(const QString &file, qint64 expiresInS)
{
    return QStringLiteral("/media/%1?exp=%2&sig=00ff")
        .arg(file)
        .arg(QDateTime::currentDateTimeUtc().toSecsSinceEpoch() + expiresInS);
}

Video video(const QString &id, const QString &seriesId, double durationS, bool required, double watchedS)
{
    Video result;
    result.id = id;
    result.seriesId = seriesId;
    result.series = seriesId == QLatin1String("start") ? QStringLiteral("Erste Schritte") : QStringLiteral("Anzeigen");
    result.title = QStringLiteral("Video ") + id;
    result.description = QStringLiteral("Worum es in ") + id + QStringLiteral(" geht.");
    result.durationS = durationS;
    result.required = required;
    result.fileId = id + QStringLiteral(".mp4");
    result.contentType = QStringLiteral("video/mp4");
    result.streamUrl = signedLink(result.fileId, 3600);
    result.progress.watchedS = watchedS;
    result.progress.watchedRatio = watchedS / durationS;
    result.progress.positionS = watchedS;
    result.progress.canConfirm = watchedS >= 0.9 * durationS;
    return result;
}

// Three required videos (one understood, one half watched, one new and watched enough) in one
// series and an optional one in another.
VideoList videoList(qint64 linksExpireInS = 3600)
{
    VideoList list;
    auto understood = video(QStringLiteral("v1"), QStringLiteral("start"), 120, true, 120);
    understood.progress.understoodAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    auto halfWatched = video(QStringLiteral("v2"), QStringLiteral("start"), 200, true, 100);
    halfWatched.streamUrl = signedLink(halfWatched.fileId, linksExpireInS);
    auto fresh = video(QStringLiteral("v3"), QStringLiteral("start"), 60, true, 57);
    fresh.isNew = true;
    list.items = {understood, halfWatched, fresh, video(QStringLiteral("v4"), QStringLiteral("ads"), 300, false, 0)};
    list.requiredShare = 0.9;
    list.requiredTotal = 3;
    list.requiredLeft = 2;
    return list;
}

VideoProgress understoodProgress()
{
    VideoProgress progress;
    progress.watchedS = 57;
    progress.watchedRatio = 0.95;
    progress.positionS = 57;
    progress.canConfirm = true;
    progress.understoodAt = QDateTime::currentDateTimeUtc();
    return progress;
}

} // namespace

// The Videos page against FakeNetwork: series as rows of cards with their markers, the sidebar's
// count of required videos left, the player's confirm button with what is left to watch, the
// badge dropping at once after "understood", progress into the outbox offline, "seen" when the
// page is left, fresh links before an expired one is played, and offline copies.
class TestVideosPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsEachSeriesAsARowOfCardsWithTheirMarkers();
    void sidebarCountsTheRequiredVideosLeft();
    void confirmIsDisabledWithWhatIsLeftToWatch();
    void confirmingUnderstoodDropsTheBadgeAtOnce();
    void progressWaitsInTheOutboxWhileTheServerIsAway();
    void marksTheListSeenWhenThePageIsLeft();
    void fetchesFreshLinksBeforePlayingAnExpiredOne();
    void savesAVideoForOfflineViewingAndRemovesIt();
    void playsACopySavedBeforeWithoutTheServer();

private:
    void startApp();
    void openVideo(const QString &id);
    GuiDriver gui() const { return GuiDriver(m_app->window); }
    VideosPage *page() const { return static_cast<VideosPage *>(m_app->window.page(QStringLiteral("videos"))); }

    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<AppContext> m_app;
};

void TestVideosPage::initTestCase()
{
    installTranslations(QStringLiteral("en"));
}

void TestVideosPage::init()
{
    startWithEmptyCacheFolder();
    QDir(OfflineVideos::defaultFolder()).removeRecursively();
    m_network = std::make_unique<FakeNetwork>();
    m_network->answer("GET", QStringLiteral("/api/v1/me"), FakeNetwork::json(200, customer().toJson()));
    m_network->answer("GET", kVideos, FakeNetwork::json(200, videoList().toJson()));
    m_network->answer("PUT", QStringLiteral("/api/v1/videos/v2/progress"),
                      FakeNetwork::json(200, videoList().items.at(1).progress.toJson()));
    m_network->answer("POST", QStringLiteral("/api/v1/videos/seen"), FakeNetwork::noContent());
    startApp();
}

void TestVideosPage::startApp()
{
    m_app = launchWithStoredSession(*m_network, kServer, customer().id);
    QTRY_COMPARE(m_app->session.state(), State::Active);
    gui().click(QStringLiteral("nav_videos"));
    QTRY_VERIFY(m_app->window.findChild<VideoCard *>(QStringLiteral("videoCard_v2")));
    QTRY_VERIFY(gui().find<VideoCard>(QStringLiteral("videoCard_v2"))->isVisible());
}

void TestVideosPage::cleanup()
{
    m_app.reset();
    m_network.reset();
}

void TestVideosPage::openVideo(const QString &id)
{
    QTest::mouseClick(gui().find<VideoCard>(QStringLiteral("videoCard_") + id), Qt::LeftButton);
    QTRY_VERIFY(page()->isPlayerShown());
    QTRY_COMPARE(page()->player()->videoId(), id);
}

void TestVideosPage::showsEachSeriesAsARowOfCardsWithTheirMarkers()
{
    const auto g = gui();
    QVERIFY(g.find<QWidget>(QStringLiteral("videoSeries_start"))->isVisible());
    QVERIFY(g.find<QWidget>(QStringLiteral("videoSeries_ads"))->isVisible());
    for (const auto *id : {"v1", "v2", "v3", "v4"})
        QVERIFY(g.find<VideoCard>(QStringLiteral("videoCard_") + QLatin1String(id))->isVisible());
    const auto marker = [&g](const char *card, const char *name) {
        return g.find<VideoCard>(QStringLiteral("videoCard_") + QLatin1String(card))
            ->findChild<QLabel *>(QLatin1String(name))
            ->isVisible();
    };
    QVERIFY(marker("v3", "videoNew"));
    QVERIFY(!marker("v2", "videoNew"));
    QVERIFY(marker("v1", "videoUnderstood"));
    QVERIFY(!marker("v1", "videoRequired"));
    QVERIFY(marker("v2", "videoRequired"));
    QVERIFY(!marker("v4", "videoRequired"));
    // The cards of a series share a row: same top edge, side by side.
    const auto *first = g.find<VideoCard>(QStringLiteral("videoCard_v1"));
    const auto *second = g.find<VideoCard>(QStringLiteral("videoCard_v2"));
    QCOMPARE(first->y(), second->y());
    QVERIFY(second->x() > first->x() + first->width());
    QCOMPARE(g.text(QStringLiteral("videosRequiredLeft")), QStringLiteral("2 required videos left"));
}

void TestVideosPage::sidebarCountsTheRequiredVideosLeft()
{
    const auto g = gui();
    auto *badge = g.find<QLabel>(QStringLiteral("navBadge_videos"));
    QVERIFY(badge->isVisible());
    QCOMPARE(badge->text(), QStringLiteral("2"));
    QCOMPARE(g.find<QPushButton>(QStringLiteral("nav_videos"))->accessibleName(), QStringLiteral("Videos, 2 open"));
    // Pages without a count have no badge.
    QVERIFY(!m_app->window.findChild<QLabel *>(QStringLiteral("navBadge_home")));
}

void TestVideosPage::confirmIsDisabledWithWhatIsLeftToWatch()
{
    openVideo(QStringLiteral("v2"));
    const auto g = gui();
    auto *confirm = g.find<QPushButton>(QStringLiteral("confirmUnderstood"));
    QVERIFY(confirm->isVisible());
    QVERIFY(!confirm->isEnabled());
    // 90 % of 200 s is 180 s; 100 s are watched.
    QCOMPARE(g.text(QStringLiteral("confirmReason")), QStringLiteral("1:20 left to watch"));
    QCOMPARE(confirm->toolTip(), QStringLiteral("1:20 left to watch"));
    QCOMPARE(g.text(QStringLiteral("watchedShare")), QStringLiteral("50 % watched"));
    QVERIFY(g.find<QWidget>(QStringLiteral("playPause"))->isVisible());
    QVERIFY(g.find<QWidget>(QStringLiteral("seekSlider"))->isVisible());
    g.click(QStringLiteral("videoBack"));
    QTRY_VERIFY(!page()->isPlayerShown());
}

void TestVideosPage::confirmingUnderstoodDropsTheBadgeAtOnce()
{
    m_network->answer("POST", QStringLiteral("/api/v1/videos/v3/understood"),
                      FakeNetwork::json(200, understoodProgress().toJson()));
    openVideo(QStringLiteral("v3"));
    const auto g = gui();
    auto *confirm = g.find<QPushButton>(QStringLiteral("confirmUnderstood"));
    QVERIFY(confirm->isEnabled());
    g.click(QStringLiteral("confirmUnderstood"));
    QTRY_VERIFY(g.find<QLabel>(QStringLiteral("understoodAt"))->isVisible());
    QVERIFY(g.text(QStringLiteral("understoodAt")).startsWith(QLatin1String("Understood on ")));
    QVERIFY(!confirm->isVisible());
    QCOMPARE(g.find<QLabel>(QStringLiteral("navBadge_videos"))->text(), QStringLiteral("1"));
    QCOMPARE(m_app->session.account().onboarding->videosRequiredLeft(), 1);
    QCOMPARE(g.text(QStringLiteral("videosRequiredLeft")), QStringLiteral("1 required video left"));
    QCOMPARE(m_network->requestsTo("POST", QStringLiteral("/api/v1/videos/v3/understood")).size(), 1);
}

void TestVideosPage::progressWaitsInTheOutboxWhileTheServerIsAway()
{
    m_network->answer("PUT", QStringLiteral("/api/v1/videos/v2/progress"),
                      FakeNetwork::failure(QNetworkReply::ConnectionRefusedError));
    m_network->answer("GET", QStringLiteral("/healthz"), FakeNetwork::failure(QNetworkReply::ConnectionRefusedError));
    openVideo(QStringLiteral("v2"));
    // A seek sends what was watched and the new cursor; unreachable, they wait in the outbox.
    page()->player()->watch()->seek(150000);
    auto *offline = m_app->window.findChild<OfflineSync *>();
    QTRY_VERIFY(awaitResult<int>([&](std::function<void(int)> done) { offline->countUnsent(this, done); }).value_or(0)
                >= 1);
    const auto waiting = awaitResult<QList<QJsonObject>>([&](std::function<void(QList<QJsonObject>)> done) {
        offline->waitingBodies("PUT", QStringLiteral("/api/v1/videos/v2/progress"), this, done);
    });
    QVERIFY(waiting && !waiting->isEmpty());
    QCOMPARE(waiting->constLast(),
             (QJsonObject {{QStringLiteral("from_s"), 150.0}, {QStringLiteral("position_s"), 150.0}}));
}

void TestVideosPage::marksTheListSeenWhenThePageIsLeft()
{
    QVERIFY(m_network->requestsTo("POST", QStringLiteral("/api/v1/videos/seen")).isEmpty());
    gui().click(QStringLiteral("nav_home"));
    QTRY_COMPARE(m_network->requestsTo("POST", QStringLiteral("/api/v1/videos/seen")).size(), 1);
    // Coming back and leaving again without anything new: nothing more to mark.
    m_network->answer("GET", kVideos, FakeNetwork::json(200, [] {
                          auto list = videoList();
                          for (auto &item : list.items)
                              item.isNew = false;
                          return list.toJson();
                      }()));
    gui().click(QStringLiteral("nav_videos"));
    QTRY_VERIFY(!gui()
                     .find<VideoCard>(QStringLiteral("videoCard_v3"))
                     ->findChild<QLabel *>(QStringLiteral("videoNew"))
                     ->isVisible());
    gui().click(QStringLiteral("nav_home"));
    QTest::qWait(50);
    QCOMPARE(m_network->requestsTo("POST", QStringLiteral("/api/v1/videos/seen")).size(), 1);
}

void TestVideosPage::fetchesFreshLinksBeforePlayingAnExpiredOne()
{
    m_network->answer("GET", kVideos, FakeNetwork::json(200, videoList(-10).toJson()));
    QPointer<VideoCard> before = gui().find<VideoCard>(QStringLiteral("videoCard_v2"));
    gui().click(QStringLiteral("nav_home"));
    gui().click(QStringLiteral("nav_videos"));
    QTRY_VERIFY(!before); // the list with the expired links replaced the cards
    QTRY_VERIFY(gui().find<VideoCard>(QStringLiteral("videoCard_v2"))->isVisible());
    m_network->answer("GET", kVideos, FakeNetwork::json(200, videoList().toJson()));
    const auto loads = m_network->requestsTo("GET", kVideos).size();
    openVideo(QStringLiteral("v2"));
    QCOMPARE(m_network->requestsTo("GET", kVideos).size(), loads + 1);
    // The player got the fresh link, resolved on the server.
    const auto source = page()->player()->player().source();
    QCOMPARE(source.path(), QStringLiteral("/media/v2.mp4"));
    QVERIFY(source.query().contains(QLatin1String("sig=")));
    QVERIFY(!source.toString().contains(QLatin1String("exp=-")));
}

void TestVideosPage::savesAVideoForOfflineViewingAndRemovesIt()
{
    const QByteArray bytes(64 * 1024, 'v');
    FakeNetwork::Answer media;
    media.status = 200;
    media.headers = {{"Content-Type", "video/mp4"}};
    media.body = bytes;
    m_network->answer("GET", QStringLiteral("/media/v2.mp4"), media);
    openVideo(QStringLiteral("v2"));
    const auto g = gui();
    g.click(QStringLiteral("saveOffline"));
    QTRY_VERIFY(g.find<QLabel>(QStringLiteral("offlineSaved"))->isVisible());
    const auto path = OfflineVideos::defaultFolder() + QStringLiteral("/v2.mp4");
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), bytes);
    saved.close();
    // No session token goes to a media link.
    QVERIFY(
        !m_network->requestsTo("GET", QStringLiteral("/media/v2.mp4")).constFirst().headers.contains("authorization"));
    // From now on the player plays the copy.
    g.click(QStringLiteral("videoBack"));
    QVERIFY(gui()
                .find<VideoCard>(QStringLiteral("videoCard_v2"))
                ->findChild<QLabel *>(QStringLiteral("videoOffline"))
                ->isVisible());
    openVideo(QStringLiteral("v2"));
    QCOMPARE(page()->player()->player().source(), QUrl::fromLocalFile(path));
    g.click(QStringLiteral("removeOffline"));
    QTRY_VERIFY(!QFile::exists(path));
    QVERIFY(g.find<QPushButton>(QStringLiteral("saveOffline"))->isVisible());
}

void TestVideosPage::playsACopySavedBeforeWithoutTheServer()
{
    // A copy from an earlier run, and the server gone: the list comes from the cache, its links
    // have expired, and the copy plays.
    cleanup();
    QVERIFY(QDir().mkpath(OfflineVideos::defaultFolder()));
    const auto path = OfflineVideos::defaultFolder() + QStringLiteral("/v2.mp4");
    QFile copy(path);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write("copy");
    copy.close();
    m_network = std::make_unique<FakeNetwork>();
    m_network->answer("GET", QStringLiteral("/api/v1/me"), FakeNetwork::json(200, customer().toJson()));
    m_network->answer("GET", kVideos, FakeNetwork::json(200, videoList(-10).toJson()));
    startApp();
    QTRY_VERIFY(gui()
                    .find<VideoCard>(QStringLiteral("videoCard_v2"))
                    ->findChild<QLabel *>(QStringLiteral("videoOffline"))
                    ->isVisible());
    QVERIFY(!gui()
                 .find<VideoCard>(QStringLiteral("videoCard_v1"))
                 ->findChild<QLabel *>(QStringLiteral("videoOffline"))
                 ->isVisible());
    m_network->answer("GET", kVideos, FakeNetwork::failure(QNetworkReply::ConnectionRefusedError));
    const auto loads = m_network->requestsTo("GET", kVideos).size();
    openVideo(QStringLiteral("v2"));
    QCOMPARE(page()->player()->player().source(), QUrl::fromLocalFile(path));
    // The copy needs no fresh link.
    QCOMPARE(m_network->requestsTo("GET", kVideos).size(), loads);
    QVERIFY(gui().find<QLabel>(QStringLiteral("offlineSaved"))->isVisible());
}

QTEST_MAIN(TestVideosPage)
#include "tst_videos_page.moc"
