#include "DatabaseSnapshot.h"
#include "RawHttp.h"
#include "ServerFixture.h"
#include "TestVideos.h"
#include "shared/SignedUrl.h"

#include <tuple>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

// Tutorial videos over HTTP (API.md "Tutorial videos", "Content management"): the admin's
// series, videos, files judged by content and never half stored; the signed media links with
// Range; watching that counts only real seconds; "understood" and videos_complete; the stream
// cap. One server for the suite (stream cap 2, required share 0.1 so that a test watches a few
// real seconds of a long synthetic video instead of most of it).
class TestVideosApi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void readsTheLengthOfRealMp4AndWebmFiles();
    void refusesARenamedTextFileAndStoresNothing();
    void anInterruptedUploadLeavesNothingStored();
    void customersSeePublishedVideosOnlyAndNewOnesAsNew();
    void servesRangesOfASignedLink();
    void refusesExpiredTamperedAndForeignLinks();
    void countsOnlySecondsWatchedInRealTime();
    void understoodNeedsTheShareThenCompletesTheVideos();
    void reordersASeriesWithEveryVideoOnce();
    void capsConcurrentStreamsAndKeepsTheApiAnswering();
    void answersMediaThroughNginxWhenConfigured();
    void closesVideosUntilTheChecklistIsComplete(); // last: it publishes a checklist

private:
    using Customer = ServerFixture::Customer;
    QString addSeries(const QString &title, int position);
    // A draft video with a file; published unless `publish` is false. Returns its answer.
    QJsonObject addVideo(const QString &title, const QByteArray &file, bool required = true, bool publish = true);
    HttpResult putFile(const QString &videoId, const QByteArray &bytes, const QString &type);
    HttpResult progress(const QString &videoId, double position, const QString &token, double from = -1);
    HttpResult media(const QString &url, const TestHttp::Headers &headers = {});
    QJsonObject listed(const QString &videoId, const QString &token);
    QStringList storedFiles() const;
    QString snapshot() const { return databaseSnapshot(m_fixture.server->databasePath()); }

    ServerFixture m_fixture;
    TestHttp *m_http = nullptr;
    QString m_seriesId;
    QTemporaryDir m_files;
};

void TestVideosApi::initTestCase()
{
    QVERIFY2(m_fixture.start({{QStringLiteral("security/register_per_hour"), QStringLiteral("1000")},
                              {QStringLiteral("videos/max_streams"), QStringLiteral("2")},
                              {QStringLiteral("videos/required_share"), QStringLiteral("0.1")},
                              {QStringLiteral("videos/max_upload_mb"), QStringLiteral("20")}}),
             qPrintable(m_fixture.error()));
    m_http = m_fixture.http.get();
    m_seriesId = addSeries(QStringLiteral("Onboarding"), 1);
    QVERIFY(!m_seriesId.isEmpty());
}

void TestVideosApi::cleanupTestCase()
{
    QCOMPARE(m_fixture.stop(), 0);
}

void TestVideosApi::cleanup()
{
    KP_VERIFY_API_CONTRACT();
}

QString TestVideosApi::addSeries(const QString &title, int position)
{
    const auto answer = m_http->post(QStringLiteral("/api/v1/admin/content/series"),
                                     {{QStringLiteral("title"), title}, {QStringLiteral("position"), position}},
                                     m_fixture.adminToken);
    return answer.status == 201 ? answer.json.value(QLatin1String("id")).toString() : QString();
}

HttpResult TestVideosApi::putFile(const QString &videoId, const QByteArray &bytes, const QString &type)
{
    return m_http->send(QStringLiteral("PUT"), QStringLiteral("/api/v1/admin/content/videos/%1/file").arg(videoId),
                        bytes, type, m_fixture.adminToken);
}

QJsonObject TestVideosApi::addVideo(const QString &title, const QByteArray &file, bool required, bool publish)
{
    const auto added = m_http->post(QStringLiteral("/api/v1/admin/content/videos"),
                                    {{QStringLiteral("title"), title},
                                     {QStringLiteral("description"), QStringLiteral("Worum es geht.")},
                                     {QStringLiteral("series_id"), m_seriesId},
                                     {QStringLiteral("required"), required}},
                                    m_fixture.adminToken);
    const auto id = added.json.value(QLatin1String("id")).toString();
    if (added.status != 201 || putFile(id, file, QStringLiteral("video/mp4")).status != 200)
        return {};
    if (!publish)
        return m_http->get(QStringLiteral("/api/v1/admin/content/videos/") + id, m_fixture.adminToken).json;
    return m_http->post(QStringLiteral("/api/v1/admin/content/videos/%1/publish").arg(id), {}, m_fixture.adminToken)
        .json;
}

HttpResult TestVideosApi::progress(const QString &videoId, double position, const QString &token, double from)
{
    QJsonObject body {{QStringLiteral("position_s"), position}};
    if (from >= 0)
        body.insert(QStringLiteral("from_s"), from);
    return m_http->send(QStringLiteral("PUT"), QStringLiteral("/api/v1/videos/%1/progress").arg(videoId),
                        QJsonDocument(body).toJson(), QStringLiteral("application/json"), token);
}

HttpResult TestVideosApi::media(const QString &url, const TestHttp::Headers &headers)
{
    return m_http->get(url, {}, headers);
}

QJsonObject TestVideosApi::listed(const QString &videoId, const QString &token)
{
    const auto list = m_http->get(QStringLiteral("/api/v1/videos"), token);
    for (const auto &item : list.json.value(QLatin1String("items")).toArray()) {
        if (item.toObject().value(QLatin1String("id")).toString() == videoId)
            return item.toObject();
    }
    return {};
}

QStringList TestVideosApi::storedFiles() const
{
    return QDir(m_fixture.server->dataDir() + QStringLiteral("/videos")).entryList(QDir::Files)
        + QDir(m_fixture.server->dataDir() + QStringLiteral("/tmp")).entryList(QDir::Files);
}

void TestVideosApi::readsTheLengthOfRealMp4AndWebmFiles()
{
    const auto mp4 = m_files.filePath(QStringLiteral("real.mp4"));
    const auto webm = m_files.filePath(QStringLiteral("real.webm"));
    QVERIFY2(testvideos::encode(mp4, 3) && testvideos::encode(webm, 2, true), "ffmpeg could not make test videos");
    for (const auto &[path, type, seconds] :
         {std::tuple {mp4, QStringLiteral("video/mp4"), 3.0}, std::tuple {webm, QStringLiteral("video/webm"), 2.0}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto video = addVideo(QStringLiteral("Echt"), file.readAll(), false, false);
        const auto id = video.value(QLatin1String("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(video.value(QLatin1String("content_type")).toString(), type);
        // AAC and Vorbis pad the audio a little beyond the picture.
        QVERIFY2(qAbs(video.value(QLatin1String("duration_s")).toDouble() - seconds) < 0.1,
                 qPrintable(QString::number(video.value(QLatin1String("duration_s")).toDouble())));
        QVERIFY(video.value(QLatin1String("file_id")).toString().endsWith(type.section(QLatin1Char('/'), 1)));
        QCOMPARE(m_http
                     ->send(QStringLiteral("DELETE"), QStringLiteral("/api/v1/admin/content/videos/") + id, {}, {},
                            m_fixture.adminToken)
                     .status,
                 204);
    }
    QVERIFY2(storedFiles().isEmpty(), qPrintable(storedFiles().join(QLatin1Char(' '))));
}

void TestVideosApi::refusesARenamedTextFileAndStoresNothing()
{
    const auto draft = m_http->post(
        QStringLiteral("/api/v1/admin/content/videos"),
        {{QStringLiteral("title"), QStringLiteral("Umbenannt")}, {QStringLiteral("series_id"), m_seriesId}},
        m_fixture.adminToken);
    const auto id = draft.json.value(QLatin1String("id")).toString();
    const auto before = snapshot();
    const auto files = storedFiles();
    const auto answer
        = putFile(id, QByteArray("Das ist kein Video, nur Text.\n").repeated(100), QStringLiteral("video/mp4"));
    QCOMPARE(answer.status, 415);
    QCOMPARE(answer.errorCode(), QStringLiteral("unsupported_media_type"));
    QCOMPARE(snapshot(), before);
    QCOMPARE(storedFiles(), files);
    // Publishing a video without a file is refused too.
    QCOMPARE(m_http->post(QStringLiteral("/api/v1/admin/content/videos/%1/publish").arg(id), {}, m_fixture.adminToken)
                 .status,
             409);
    m_http->send(QStringLiteral("DELETE"), QStringLiteral("/api/v1/admin/content/videos/") + id, {}, {},
                 m_fixture.adminToken);
}

void TestVideosApi::anInterruptedUploadLeavesNothingStored()
{
    const auto draft = m_http->post(
        QStringLiteral("/api/v1/admin/content/videos"),
        {{QStringLiteral("title"), QStringLiteral("Abgebrochen")}, {QStringLiteral("series_id"), m_seriesId}},
        m_fixture.adminToken);
    const auto id = draft.json.value(QLatin1String("id")).toString();
    const auto before = snapshot();
    const auto files = storedFiles();
    const auto video = testvideos::syntheticMp4(60, 4 * 1024 * 1024);
    {
        RawConnection connection(m_fixture.server->port());
        QVERIFY(connection.isOpen());
        const auto head = QStringLiteral("PUT /api/v1/admin/content/videos/%1/file HTTP/1.1\r\nHost: x\r\n"
                                         "Authorization: Bearer %2\r\nContent-Type: video/mp4\r\n"
                                         "Content-Length: %3\r\n\r\n")
                              .arg(id, m_fixture.adminToken)
                              .arg(video.size())
                              .toLatin1();
        QVERIFY(connection.send(head + video.left(video.size() / 2)));
        // The half is on its way to disk now; then the admin's connection drops.
        QTRY_VERIFY(QDir(m_fixture.server->dataDir() + QStringLiteral("/tmp")).entryList(QDir::Files).size() == 1);
    }
    QTRY_COMPARE(storedFiles(), files);
    QCOMPARE(snapshot(), before);
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/content/videos/") + id, m_fixture.adminToken)
                 .json.value(QLatin1String("file_id")),
             QJsonValue(QJsonValue::Null));
    m_http->send(QStringLiteral("DELETE"), QStringLiteral("/api/v1/admin/content/videos/") + id, {}, {},
                 m_fixture.adminToken);
}

void TestVideosApi::customersSeePublishedVideosOnlyAndNewOnesAsNew()
{
    const auto customer = m_fixture.approvedCustomer(QStringLiteral("neu@kunde.de"));
    const auto draft = addVideo(QStringLiteral("Entwurf"), testvideos::syntheticMp4(30, 100), true, false);
    const auto first = addVideo(QStringLiteral("Erstes"), testvideos::syntheticMp4(31, 100));
    const auto firstId = first.value(QLatin1String("id")).toString();
    QVERIFY(listed(draft.value(QLatin1String("id")).toString(), customer.token).isEmpty());
    auto video = listed(firstId, customer.token);
    QCOMPARE(video.value(QLatin1String("title")).toString(), QStringLiteral("Erstes"));
    QCOMPARE(video.value(QLatin1String("series")).toString(), QStringLiteral("Onboarding"));
    QCOMPARE(video.value(QLatin1String("duration_s")).toDouble(), 31.0);
    QVERIFY(video.value(QLatin1String("new")).toBool());
    QVERIFY(video.value(QLatin1String("stream_url")).toString().startsWith(QStringLiteral("/media/")));

    QCOMPARE(m_http->post(QStringLiteral("/api/v1/videos/seen"), {}, customer.token).status, 204);
    QVERIFY(!listed(firstId, customer.token).value(QLatin1String("new")).toBool());
    // A second later (instants have seconds), a new video is new, the old one is not.
    QTest::qWait(1100);
    const auto second = addVideo(QStringLiteral("Zweites"), testvideos::syntheticMp4(32, 100));
    QVERIFY(listed(second.value(QLatin1String("id")).toString(), customer.token).value(QLatin1String("new")).toBool());
    QVERIFY(!listed(firstId, customer.token).value(QLatin1String("new")).toBool());

    // Unpublished, it is gone for the customer at the next refresh.
    m_http->post(QStringLiteral("/api/v1/admin/content/videos/%1/unpublish").arg(firstId), {}, m_fixture.adminToken);
    QVERIFY(listed(firstId, customer.token).isEmpty());
    QCOMPARE(progress(firstId, 1, customer.token).status, 404);
}

void TestVideosApi::servesRangesOfASignedLink()
{
    const auto file = testvideos::syntheticMp4(10, 1000);
    const auto url = addVideo(QStringLiteral("Bereiche"), file).value(QLatin1String("stream_url")).toString();
    const auto size = file.size();

    auto whole = media(url);
    QCOMPARE(whole.status, 200);
    QCOMPARE(whole.body, file);
    QCOMPARE(whole.header("Accept-Ranges"), QStringLiteral("bytes"));
    QCOMPARE(whole.header("Content-Type"), QStringLiteral("video/mp4"));
    const auto tag = whole.header("ETag").toStdString();

    const auto range = [&](const std::string &value) { return media(url, {{"Range", value}}); };
    auto first = range("bytes=0-0");
    QCOMPARE(first.status, 206);
    QCOMPARE(first.body, file.left(1));
    QCOMPARE(first.header("Content-Range"), QStringLiteral("bytes 0-0/%1").arg(size));
    auto last = range("bytes=" + std::to_string(size - 1) + "-" + std::to_string(size - 1));
    QCOMPARE(last.status, 206);
    QCOMPARE(last.body, file.right(1));
    auto suffix = range("bytes=-100");
    QCOMPARE(suffix.status, 206);
    QCOMPARE(suffix.body, file.right(100));
    QCOMPARE(suffix.header("Content-Range"), QStringLiteral("bytes %1-%2/%3").arg(size - 100).arg(size - 1).arg(size));
    auto open = range("bytes=" + std::to_string(size - 10) + "-");
    QCOMPARE(open.body, file.right(10));
    // Several ranges at once are answered with the whole file (RFC 9110 allows it).
    auto several = range("bytes=0-0,5-6");
    QCOMPARE(several.status, 200);
    QCOMPARE(several.body.size(), size);
    auto beyond = range("bytes=" + std::to_string(size) + "-");
    QCOMPARE(beyond.status, 416);
    QCOMPARE(beyond.header("Content-Range"), QStringLiteral("bytes */%1").arg(size));
    // If-Range: the same representation gets its range, another one the whole file.
    QCOMPARE(media(url, {{"Range", "bytes=0-9"}, {"If-Range", tag}}).status, 206);
    auto stale = media(url, {{"Range", "bytes=0-9"}, {"If-Range", "\"another\""}});
    QCOMPARE(stale.status, 200);
    QCOMPARE(stale.body.size(), size);
    QCOMPARE(media(url, {{"If-None-Match", tag}}).status, 304);
}

void TestVideosApi::refusesExpiredTamperedAndForeignLinks()
{
    const auto url = addVideo(QStringLiteral("Signiert"), testvideos::syntheticMp4(11, 100))
                         .value(QLatin1String("stream_url"))
                         .toString();
    const auto path = url.section(QLatin1Char('?'), 0, 0);
    QCOMPARE(media(url).status, 200);

    auto tampered = url;
    tampered[tampered.size() - 1] = tampered.endsWith(QLatin1Char('0')) ? QLatin1Char('1') : QLatin1Char('0');
    QCOMPARE(media(tampered).status, 403);
    QCOMPARE(media(path).status, 403);
    const auto later = kp::UrlSigner::expiryOf(url) + 3600;
    QCOMPARE(media(QString(url).replace(QStringLiteral("exp=%1").arg(kp::UrlSigner::expiryOf(url)),
                                        QStringLiteral("exp=%1").arg(later)))
                 .status,
             403);
    // A link signed with the server's own key but expired: refused although the signature holds.
    QFile keyFile(m_fixture.server->dataDir() + QStringLiteral("/media-links.key"));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const kp::UrlSigner signer(keyFile.readAll());
    const auto expired = media(signer.sign(path, QDateTime::currentSecsSinceEpoch() - 5));
    QCOMPARE(expired.status, 403);
    QVERIFY(expired.json.value(QLatin1String("error"))
                .toObject()
                .value(QLatin1String("message"))
                .toString()
                .contains(QStringLiteral("expired")));
    // The key file is the owner's alone.
    QCOMPARE(keyFile.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    // The same key's signature for another file does not open this one.
    const auto other = signer.sign(QStringLiteral("/media/%1.mp4").arg(QString(64, QLatin1Char('a'))),
                                   QDateTime::currentSecsSinceEpoch() + 60);
    QCOMPARE(media(path + QLatin1Char('?') + other.section(QLatin1Char('?'), 1)).status, 403);
}

void TestVideosApi::countsOnlySecondsWatchedInRealTime()
{
    const auto customer = m_fixture.approvedCustomer(QStringLiteral("zuschauer@kunde.de"));
    const auto id = addVideo(QStringLiteral("Hundert Sekunden"), testvideos::syntheticMp4(100, 100), false)
                        .value(QLatin1String("id"))
                        .toString();
    // Playing starts at 0; a report claiming 30 s at once is a seek, not watching.
    QCOMPARE(progress(id, 0, customer.token).status, 200);
    auto jumped = progress(id, 30, customer.token);
    QCOMPARE(jumped.status, 200);
    QCOMPARE(jumped.json.value(QLatin1String("watched_s")).toDouble(), 0.0);
    QCOMPARE(jumped.json.value(QLatin1String("position_s")).toDouble(), 30.0);
    // Tiny reports in a burst earn nothing either: the allowance grows with time only.
    for (double at = 30.5; at <= 32; at += 0.5)
        progress(id, at, customer.token);
    QVERIFY(progress(id, 32, customer.token).json.value(QLatin1String("watched_s")).toDouble() < 0.5);
    // A second of real time allows up to 2.5 s of video (2× speed and jitter).
    QTest::qWait(1000);
    auto watched = progress(id, 34, customer.token);
    QCOMPARE(watched.json.value(QLatin1String("watched_s")).toDouble(), 2.0);
    // Watching 32–34 again adds nothing; unique seconds count once.
    progress(id, 32, customer.token, 32);
    QTest::qWait(1000);
    QCOMPARE(progress(id, 34, customer.token).json.value(QLatin1String("watched_s")).toDouble(), 2.0);
    QCOMPARE(progress(id, 34, customer.token).json.value(QLatin1String("max_position_s")).toDouble(), 34.0);
    // The list resumes where the customer stopped.
    QCOMPARE(listed(id, customer.token).value(QLatin1String("progress")).toObject().value(QLatin1String("position_s")),
             QJsonValue(34.0));

    const auto before = snapshot();
    for (const auto &bad : {QJsonObject {}, QJsonObject {{QStringLiteral("position_s"), QStringLiteral("5")}},
                            QJsonObject {{QStringLiteral("position_s"), -1}},
                            QJsonObject {{QStringLiteral("position_s"), 5}, {QStringLiteral("extra"), 1}}}) {
        const auto answer
            = m_http->send(QStringLiteral("PUT"), QStringLiteral("/api/v1/videos/%1/progress").arg(id),
                           QJsonDocument(bad).toJson(), QStringLiteral("application/json"), customer.token);
        QCOMPARE(answer.status, 422);
    }
    QCOMPARE(snapshot(), before);
}

void TestVideosApi::understoodNeedsTheShareThenCompletesTheVideos()
{
    const auto customer = m_fixture.approvedCustomer(QStringLiteral("versteht@kunde.de"));
    // Every published required video so far must be understood for videos_complete; this
    // customer confirms them all, the last by really watching.
    const auto list = m_http->get(QStringLiteral("/api/v1/videos"), customer.token).json;
    QVERIFY(list.value(QLatin1String("required_left")).toInt() > 0);
    auto me = m_http->get(QStringLiteral("/api/v1/me"), customer.token).json;
    QCOMPARE(me.value(QLatin1String("onboarding")).toObject().value(QLatin1String("videos_complete")).toBool(), false);

    const auto id = addVideo(QStringLiteral("Zwanzig Sekunden"), testvideos::syntheticMp4(20, 100))
                        .value(QLatin1String("id"))
                        .toString();
    const auto refused = m_http->post(QStringLiteral("/api/v1/videos/%1/understood").arg(id), {}, customer.token);
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.fieldProblem(QStringLiteral("video")), QStringLiteral("not_watched_enough"));
    QVERIFY(!listed(id, customer.token)
                 .value(QLatin1String("progress"))
                 .toObject()
                 .value(QLatin1String("can_confirm"))
                 .toBool());

    // 10 % of 20 s is 2 s: a second and a bit of real time at 2×.
    QCOMPARE(progress(id, 0, customer.token).status, 200);
    QTest::qWait(1200);
    const auto watched = progress(id, 2.5, customer.token).json;
    QVERIFY(watched.value(QLatin1String("can_confirm")).toBool());
    const auto confirmed = m_http->post(QStringLiteral("/api/v1/videos/%1/understood").arg(id), {}, customer.token);
    QCOMPARE(confirmed.status, 200);
    const auto at = confirmed.json.value(QLatin1String("understood_at")).toString();
    QVERIFY(!at.isEmpty());
    // Confirming again keeps the first date.
    QCOMPARE(m_http->post(QStringLiteral("/api/v1/videos/%1/understood").arg(id), {}, customer.token)
                 .json.value(QLatin1String("understood_at"))
                 .toString(),
             at);

    // The other required videos: watched the same way (two seconds of each in real time).
    for (const auto &value :
         m_http->get(QStringLiteral("/api/v1/videos"), customer.token).json.value(QLatin1String("items")).toArray()) {
        const auto video = value.toObject();
        if (!video.value(QLatin1String("required")).toBool() || video.value(QLatin1String("id")).toString() == id)
            continue;
        const auto other = video.value(QLatin1String("id")).toString();
        progress(other, 0, customer.token);
        QTest::qWait(1600);
        progress(other, 3.9, customer.token);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/videos/%1/understood").arg(other), {}, customer.token).status,
                 200);
    }
    me = m_http->get(QStringLiteral("/api/v1/me"), customer.token).json;
    const auto onboarding = me.value(QLatin1String("onboarding")).toObject();
    QCOMPARE(onboarding.value(QLatin1String("videos_complete")).toBool(), true);
    QCOMPARE(onboarding.value(QLatin1String("videos_required_understood")),
             onboarding.value(QLatin1String("videos_required_total")));
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/videos"), customer.token)
                 .json.value(QLatin1String("required_left"))
                 .toInt(),
             0);
}

void TestVideosApi::reordersASeriesWithEveryVideoOnce()
{
    const auto series = addSeries(QStringLiteral("Werbeanzeigen verstehen"), 2);
    QStringList ids;
    for (const auto &title : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}) {
        const auto added = m_http->post(QStringLiteral("/api/v1/admin/content/videos"),
                                        {{QStringLiteral("title"), title}, {QStringLiteral("series_id"), series}},
                                        m_fixture.adminToken);
        ids.append(added.json.value(QLatin1String("id")).toString());
    }
    const auto order = [&](const QStringList &videoIds) {
        return m_http->send(
            QStringLiteral("PUT"), QStringLiteral("/api/v1/admin/content/series/%1/order").arg(series),
            QJsonDocument(QJsonObject {{QStringLiteral("video_ids"), QJsonArray::fromStringList(videoIds)}}).toJson(),
            QStringLiteral("application/json"), m_fixture.adminToken);
    };
    const auto before = snapshot();
    QCOMPARE(order({ids[2], ids[0]}).status, 422);
    QCOMPARE(order({ids[2], ids[0], ids[0]}).status, 422);
    QCOMPARE(snapshot(), before);
    const auto reordered = order({ids[2], ids[0], ids[1]});
    QCOMPARE(reordered.status, 200);
    QStringList titles;
    for (const auto &item : reordered.json.value(QLatin1String("items")).toArray())
        titles.append(item.toObject().value(QLatin1String("title")).toString());
    QCOMPARE(titles, QStringList({QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B")}));
}

void TestVideosApi::capsConcurrentStreamsAndKeepsTheApiAnswering()
{
    // 16 MiB: far more than the loopback's socket buffers, so a player that does not read
    // holds its worker (and its stream slot) until it goes away.
    const auto url = addVideo(QStringLiteral("Gross"), testvideos::syntheticMp4(600, 16 * 1024 * 1024), false)
                         .value(QLatin1String("stream_url"))
                         .toString()
                         .toLatin1();
    std::vector<std::unique_ptr<RawConnection>> players;
    for (int i = 0; i < 2; ++i) {
        players.push_back(std::make_unique<RawConnection>(m_fixture.server->port()));
        QVERIFY(players.back()->send("GET " + url + " HTTP/1.1\r\nHost: x\r\n\r\n"));
    }
    QTest::qWait(300);
    const auto refused = media(QString::fromLatin1(url), {{"Range", "bytes=0-0"}});
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.errorCode(), QStringLiteral("unavailable"));
    QVERIFY(refused.header("Retry-After").toInt() >= 1);
    // The API keeps its workers.
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/me"), m_fixture.adminToken).status, 200);
    players.clear();
    QTRY_COMPARE(media(QString::fromLatin1(url), {{"Range", "bytes=0-0"}}).status, 206);
}

void TestVideosApi::answersMediaThroughNginxWhenConfigured()
{
    ServerFixture proxied;
    QVERIFY2(proxied.start({{QStringLiteral("videos/accel_redirect_prefix"), QStringLiteral("/_kp_media/")}}),
             qPrintable(proxied.error()));
    const auto series = proxied.http->post(
        QStringLiteral("/api/v1/admin/content/series"),
        {{QStringLiteral("title"), QStringLiteral("S")}, {QStringLiteral("position"), 1}}, proxied.adminToken);
    const auto video = proxied.http->post(QStringLiteral("/api/v1/admin/content/videos"),
                                          {{QStringLiteral("title"), QStringLiteral("V")},
                                           {QStringLiteral("series_id"), series.json.value(QLatin1String("id"))}},
                                          proxied.adminToken);
    const auto stored = proxied.http->send(
        QStringLiteral("PUT"),
        QStringLiteral("/api/v1/admin/content/videos/%1/file").arg(video.json.value(QLatin1String("id")).toString()),
        testvideos::syntheticMp4(5, 100), QStringLiteral("video/mp4"), proxied.adminToken);
    const auto url = stored.json.value(QLatin1String("stream_url")).toString();
    const auto answer = proxied.http->get(url);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.body.isEmpty());
    const auto sha = stored.json.value(QLatin1String("file_id")).toString().section(QLatin1Char('.'), 0, 0);
    QCOMPARE(answer.header("X-Accel-Redirect"), QStringLiteral("/_kp_media/") + sha);
    QCOMPARE(answer.header("Content-Type"), QStringLiteral("video/mp4"));
    // The signature is still checked first.
    QCOMPARE(proxied.http->get(url.section(QLatin1Char('?'), 0, 0)).status, 403);
    QCOMPARE(proxied.stop(), 0);
}

void TestVideosApi::closesVideosUntilTheChecklistIsComplete()
{
    const auto customer = m_fixture.approvedCustomer(QStringLiteral("offen@kunde.de"));
    QCOMPARE(m_fixture.publishOneItemChecklist(), 200);
    const auto closed = m_http->get(QStringLiteral("/api/v1/videos"), customer.token);
    QCOMPARE(closed.status, 409);
    QCOMPARE(closed.errorCode(), QStringLiteral("onboarding_incomplete"));
    // Admins are not held back.
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/videos"), m_fixture.adminToken).status, 200);
    // Completed, the checklist opens the videos to the customer.
    const auto answers = QJsonObject {
        {QStringLiteral("answers"), QJsonObject {{QStringLiteral("website"), QStringLiteral("https://muster.de")}}}};
    QCOMPARE(m_http
                 ->send(QStringLiteral("PUT"), QStringLiteral("/api/v1/checklist/answers"),
                        QJsonDocument(answers).toJson(), QStringLiteral("application/json"), customer.token)
                 .status,
             200);
    QCOMPARE(m_http->post(QStringLiteral("/api/v1/checklist/complete"), {}, customer.token).status, 200);
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/videos"), customer.token).status, 200);
}

QTEST_GUILESS_MAIN(TestVideosApi)
#include "tst_videos_api.moc"
