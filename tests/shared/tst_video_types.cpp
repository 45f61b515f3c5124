#include "shared/SignedUrl.h"
#include "shared/Video.h"
#include "shared/WatchedSpans.h"

#include <QJsonArray>
#include <QTest>

using namespace kp;

// What client and server both count and check for tutorial videos: unique watched seconds,
// signed media links, and the video types' JSON.
class TestVideoTypes : public QObject {
    Q_OBJECT

private slots:
    void countsEachWatchedSecondOnce();
    void countsTheIssuesExampleAsSeventyPercent();
    void ignoresEmptyReversedAndNonFiniteSpans();
    void countsOnlyWithinTheVideosLength();
    void roundTripsSpansAndDropsJunk();
    void signsAndVerifiesLinks();
    void refusesTamperedExpiredAndMalformedLinks();
    void roundTripsVideoListAndContent();
};

void TestVideoTypes::countsEachWatchedSecondOnce()
{
    WatchedSpans spans;
    spans.add(10, 30);
    spans.add(20, 40); // overlaps
    spans.add(40, 45); // touches
    spans.add(0, 5);
    QCOMPARE(spans.total(), 40.0);
    QCOMPARE(spans.spans().size(), 2);
    spans.add(5, 10); // closes the gap
    QCOMPARE(spans.spans(), QList<WatchedSpans::Span>({{0, 45}}));
    spans.add(1, 2); // inside
    QCOMPARE(spans.total(), 45.0);
}

void TestVideoTypes::countsTheIssuesExampleAsSeventyPercent()
{
    // Watching the first 20 s and the last 50 s of a 100 s video is 70 %.
    WatchedSpans spans;
    spans.add(0, 20);
    spans.add(50, 100);
    QCOMPARE(spans.shareOf(100), 0.7);
    QCOMPARE(spans.shareOf(0), 0.0);
}

void TestVideoTypes::ignoresEmptyReversedAndNonFiniteSpans()
{
    WatchedSpans spans;
    spans.add(5, 5);
    spans.add(9, 3);
    spans.add(0, std::numeric_limits<double>::infinity());
    spans.add(std::numeric_limits<double>::quiet_NaN(), 4);
    QVERIFY(spans.isEmpty());
    spans.add(-3, 2); // before the start counts from 0
    QCOMPARE(spans.total(), 2.0);
}

void TestVideoTypes::countsOnlyWithinTheVideosLength()
{
    WatchedSpans spans;
    spans.add(0, 10);
    spans.add(90, 120);
    QCOMPARE(spans.totalWithin(100), 20.0);
    QCOMPARE(spans.shareOf(100), 0.2);
    spans.add(0, 500);
    QCOMPARE(spans.shareOf(100), 1.0);
}

void TestVideoTypes::roundTripsSpansAndDropsJunk()
{
    WatchedSpans spans;
    spans.add(1.2345, 2.5);
    spans.add(7, 9);
    QCOMPARE(WatchedSpans::fromJson(spans.toJson()), spans);
    QCOMPARE(spans.spans().first().from, 1.235); // millisecond precision
    const auto junk = QJsonArray {QJsonArray {1, 2}, QJsonArray {QStringLiteral("a"), 3}, 5, QJsonArray {4}};
    QCOMPARE(WatchedSpans::fromJson(junk).total(), 1.0);
}

void TestVideoTypes::signsAndVerifiesLinks()
{
    const UrlSigner signer(QByteArray(32, 'k'));
    const auto url = signer.sign(QStringLiteral("/media/abc.mp4"), 2000);
    QVERIFY(url.startsWith(QStringLiteral("/media/abc.mp4?exp=2000&sig=")));
    QCOMPARE(UrlSigner::expiryOf(url), 2000);
    const auto sig = url.section(QStringLiteral("sig="), 1);
    QCOMPARE(sig.size(), 64);
    QCOMPARE(signer.verify(QStringLiteral("/media/abc.mp4"), QStringLiteral("2000"), sig, 1999),
             UrlSigner::Check::Valid);
    QCOMPARE(signer.verify(QStringLiteral("/media/abc.mp4"), QStringLiteral("2000"), sig.toUpper(), 2000),
             UrlSigner::Check::Valid);
    QCOMPARE(UrlSigner::expiryOf(QStringLiteral("/media/abc.mp4")), 0);
}

void TestVideoTypes::refusesTamperedExpiredAndMalformedLinks()
{
    const UrlSigner signer(QByteArray(32, 'k'));
    const auto sig = signer.sign(QStringLiteral("/media/abc.mp4"), 2000).section(QStringLiteral("sig="), 1);
    const auto check = [&](const QString &path, const QString &exp, const QString &signature) {
        return signer.verify(path, exp, signature, 1000);
    };
    QCOMPARE(signer.verify(QStringLiteral("/media/abc.mp4"), QStringLiteral("2000"), sig, 2001),
             UrlSigner::Check::Expired);
    QCOMPARE(check(QStringLiteral("/media/abd.mp4"), QStringLiteral("2000"), sig), UrlSigner::Check::BadSignature);
    QCOMPARE(check(QStringLiteral("/media/abc.mp4"), QStringLiteral("2001"), sig), UrlSigner::Check::BadSignature);
    QCOMPARE(check(QStringLiteral("/media/abc.mp4"), QStringLiteral("+2000"), sig), UrlSigner::Check::Malformed);
    QCOMPARE(check(QStringLiteral("/media/abc.mp4"), QStringLiteral("soon"), sig), UrlSigner::Check::Malformed);
    QCOMPARE(check(QStringLiteral("/media/abc.mp4"), QStringLiteral("2000"), sig.left(63)),
             UrlSigner::Check::Malformed);
    const UrlSigner otherKey(QByteArray(32, 'x'));
    QCOMPARE(otherKey.verify(QStringLiteral("/media/abc.mp4"), QStringLiteral("2000"), sig, 1000),
             UrlSigner::Check::BadSignature);
}

void TestVideoTypes::roundTripsVideoListAndContent()
{
    Video video;
    video.id = QStringLiteral("vid_1");
    video.seriesId = QStringLiteral("ser_1");
    video.series = QStringLiteral("Onboarding");
    video.title = QStringLiteral("Willkommen");
    video.durationS = 95.5;
    video.required = true;
    video.isNew = true;
    video.publishedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    video.streamUrl = QStringLiteral("/media/x.mp4?exp=1&sig=2");
    video.sizeBytes = 5'000'000'000;
    video.progress.watchedRatio = 0.5;
    video.progress.understoodAt = video.publishedAt.addDays(1);
    VideoList list;
    list.items = {video};
    list.requiredShare = 0.8;
    list.requiredLeft = 1;
    list.requiredTotal = 2;
    const auto back = VideoList::fromJson(list.toJson());
    QCOMPARE(back.items.size(), 1);
    QCOMPARE(back.items.first().toJson(), video.toJson());
    QCOMPARE(back.requiredShare, 0.8);
    QCOMPARE(back.requiredLeft, 1);
    QVERIFY(back.items.first().progress.isUnderstood());
    QVERIFY(!Video::fromJson({}).has_value());

    VideoContent content;
    content.id = QStringLiteral("vid_2");
    content.status = QStringLiteral("draft");
    content.title = QStringLiteral("Entwurf");
    QCOMPARE(VideoContent::fromJson(content.toJson())->toJson(), content.toJson());
    QVERIFY(!VideoContent::fromJson(content.toJson())->isPublished());
    VideoSeries series {QStringLiteral("ser_1"), QStringLiteral("published"), {}, QStringLiteral("S"), 3};
    QCOMPARE(VideoSeries::fromJson(series.toJson())->position, 3);
}

QTEST_GUILESS_MAIN(TestVideoTypes)
#include "tst_video_types.moc"
