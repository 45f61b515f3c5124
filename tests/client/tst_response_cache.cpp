#include "CacheTestSupport.h"
#include "client/widgets/Format.h"

#include <QTest>
#include <QTranslator>

using namespace kp::client::cache;

namespace {

const QUrl server(QStringLiteral("https://portal.agentur.de"));

std::optional<CachedResponse> lookup(ResponseCache &cache, const QString &key)
{
    QObject context;
    return awaitResult<std::optional<CachedResponse>>([&](auto done) { cache.lookup(key, &context, std::move(done)); })
        .value_or(std::nullopt);
}

} // namespace

// The last answer of each GET, for revalidation (ETag) and for showing pages offline.
class TestResponseCache : public QObject {
    Q_OBJECT

private slots:
    void init();
    void keysByPathAndQueryOnly();
    void answersNothingForAnUnseenRequest();
    void returnsTheLastStoredAnswer();
    void keepsAnswersAcrossARestart();
    void touchMovesOnlyTheTime();
    void keepsAccountsApart();
    void saysSinceWhenAPageIsOffline();
};

void TestResponseCache::init()
{
    startWithEmptyCacheFolder();
}

void TestResponseCache::keysByPathAndQueryOnly()
{
    QCOMPARE(ResponseCache::keyFor(QUrl(QStringLiteral("https://portal.agentur.de:8443/api/v1/me"))),
             QStringLiteral("/api/v1/me"));
    QCOMPARE(ResponseCache::keyFor(
                 QUrl(QStringLiteral("https://portal.agentur.de/api/v1/accounts?status=pending&cursor=a%20b#x"))),
             QStringLiteral("/api/v1/accounts?status=pending&cursor=a%20b"));
}

void TestResponseCache::answersNothingForAnUnseenRequest()
{
    CacheDatabase database(server, QStringLiteral("acc-1"));
    ResponseCache cache(database);
    QVERIFY(!lookup(cache, QStringLiteral("/api/v1/me")));
}

void TestResponseCache::returnsTheLastStoredAnswer()
{
    CacheDatabase database(server, QStringLiteral("acc-1"));
    ResponseCache cache(database);
    const auto first = QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);
    cache.store(QStringLiteral("/api/v1/me"), {"{\"name\":\"Anna\"}", "application/json", "\"v1\"", first});
    cache.store(QStringLiteral("/api/v1/me"),
                {"{\"name\":\"Berta\"}", "application/json", "\"v2\"", first.addSecs(60)});
    cache.store(QStringLiteral("/api/v1/accounts/1/avatar"),
                {QByteArray("\x89PNG\0\1", 6), "image/png", "\"a\"", first});

    const auto me = lookup(cache, QStringLiteral("/api/v1/me"));
    QVERIFY(me);
    QCOMPARE(me->body, QByteArray("{\"name\":\"Berta\"}"));
    QCOMPARE(me->etag, QByteArray("\"v2\""));
    QCOMPARE(me->contentType, QByteArray("application/json"));
    QCOMPARE(me->fetchedAt, first.addSecs(60));
    // Bytes, not text: a picture comes back unchanged, zero bytes included.
    QCOMPARE(lookup(cache, QStringLiteral("/api/v1/accounts/1/avatar"))->body, QByteArray("\x89PNG\0\1", 6));
}

void TestResponseCache::keepsAnswersAcrossARestart()
{
    const auto when = QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);
    {
        CacheDatabase database(server, QStringLiteral("acc-1"));
        ResponseCache cache(database);
        cache.store(QStringLiteral("/api/v1/me"), {"{}", "application/json", "\"v1\"", when});
    }
    CacheDatabase database(server, QStringLiteral("acc-1"));
    ResponseCache cache(database);
    const auto me = lookup(cache, QStringLiteral("/api/v1/me"));
    QVERIFY(me);
    QCOMPARE(me->etag, QByteArray("\"v1\""));
    QCOMPARE(me->fetchedAt, when);
}

void TestResponseCache::touchMovesOnlyTheTime()
{
    CacheDatabase database(server, QStringLiteral("acc-1"));
    ResponseCache cache(database);
    const auto when = QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);
    cache.store(QStringLiteral("/api/v1/me"), {"{\"a\":1}", "application/json", "\"v1\"", when});
    cache.touch(QStringLiteral("/api/v1/me"), when.addDays(1));
    const auto me = lookup(cache, QStringLiteral("/api/v1/me"));
    QVERIFY(me);
    QCOMPARE(me->fetchedAt, when.addDays(1));
    QCOMPARE(me->body, QByteArray("{\"a\":1}"));
    QCOMPARE(me->etag, QByteArray("\"v1\""));
    cache.forget(QStringLiteral("/api/v1/me"));
    QVERIFY(!lookup(cache, QStringLiteral("/api/v1/me")));
}

void TestResponseCache::keepsAccountsApart()
{
    CacheDatabase anna(server, QStringLiteral("acc-1"));
    CacheDatabase berta(server, QStringLiteral("acc-2"));
    ResponseCache annasCache(anna);
    ResponseCache bertasCache(berta);
    annasCache.store(QStringLiteral("/api/v1/me"),
                     {"{\"name\":\"Anna\"}", "application/json", "\"1\"", QDateTime::currentDateTimeUtc()});
    QVERIFY(lookup(annasCache, QStringLiteral("/api/v1/me")));
    QVERIFY(!lookup(bertasCache, QStringLiteral("/api/v1/me")));
}

void TestResponseCache::saysSinceWhenAPageIsOffline()
{
    const auto when = QDateTime(QDate(2026, 11, 24), QTime(14, 5), Qt::UTC);
    const auto time = kp::client::format::dateTime(when);
    QVERIFY(time.contains(QLatin1String("2026")));
    QCOMPARE(ResponseCache::offlineNotice(when), QStringLiteral("Offline, as of ") + time);

    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/kundenportal_de.qm")));
    QCoreApplication::installTranslator(&german);
    const auto notice = ResponseCache::offlineNotice(when);
    QCoreApplication::removeTranslator(&german);
    QCOMPARE(notice, QStringLiteral("Offline, Stand: ") + time);
}

QTEST_GUILESS_MAIN(TestResponseCache)
#include "tst_response_cache.moc"
