#include "client/api/ApiClient.h"
#include "client/cache/CacheDatabase.h"
#include "client/cache/ResponseCache.h"

#include "CacheTestSupport.h"
#include "CallOutcome.h"
#include "FakeNetwork.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kp::client;
using kp::client::cache::CachedResponse;

namespace {

const QUrl kServer(QStringLiteral("https://portal.example"));
const QString kMe = QStringLiteral("/api/v1/me");

FakeNetwork::Answer withTag(int status, const QByteArray &body, const QByteArray &tag)
{
    return FakeNetwork::Answer {
        status, {{"ETag", tag}, {"Content-Type", "application/json"}}, body, QNetworkReply::NoError, false};
}

} // namespace

// GETs through the account's response cache (ApiClient::setResponseCache): the stored ETag goes
// out as If-None-Match, a 304 answers with the stored body, a 200 replaces it, and while the
// server cannot be reached the stored answer comes back marked with its time.
class TestCachedGet : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void storesAFreshAnswerAndRevalidatesItWithItsTag();
    void servesTheStoredAnswerWhileTheServerCannotBeReached();
    void failsAsBeforeWhenNothingIsStored();
    void keepsAnAnswerThatCameWithoutATag();
    void leavesTheProbeAndExplicitTagsAlone();
    void sendsACallWhoseCacheWasReplacedMidLookup();
    void keepsNoAnswerInACacheThatIsNoLongerTheAccounts();

private:
    std::optional<CachedResponse> stored(const QString &key);
    CallOutcome get(const QString &path, const RequestOptions &options = {});

    QTemporaryDir m_dir;
    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<cache::CacheDatabase> m_database;
    std::unique_ptr<cache::ResponseCache> m_cache;
};

void TestCachedGet::init()
{
    m_network = std::make_unique<FakeNetwork>();
    m_api = std::make_unique<ApiClient>(nullptr, m_network.get());
    m_api->setBaseUrl(kServer);
    m_api->setToken(QStringLiteral("token-1"));
    QFile::remove(m_dir.filePath(QStringLiteral("cache.sqlite")));
    m_database = std::make_unique<cache::CacheDatabase>(m_dir.filePath(QStringLiteral("cache.sqlite")));
    m_cache = std::make_unique<cache::ResponseCache>(*m_database);
    m_api->setResponseCache(m_cache.get());
}

void TestCachedGet::cleanup()
{
    m_api.reset();
    m_cache.reset();
    m_database.reset();
    m_network.reset();
}

std::optional<CachedResponse> TestCachedGet::stored(const QString &key)
{
    QObject context;
    auto result = awaitResult<std::optional<CachedResponse>>(
        [&](auto done) { m_cache->lookup(key, &context, std::move(done)); });
    return result ? *result : std::nullopt;
}

CallOutcome TestCachedGet::get(const QString &path, const RequestOptions &options)
{
    CallOutcome outcome;
    outcome.watch(m_api->get(path, options));
    if (!QTest::qWaitFor([&] { return outcome.total() > 0; }, 10000))
        qWarning("no answer within 10 s");
    return outcome;
}

void TestCachedGet::storesAFreshAnswerAndRevalidatesItWithItsTag()
{
    m_network->answer("GET", kMe, withTag(200, R"({"name":"Jana"})", "\"v1\""));
    auto first = get(kMe);
    QCOMPARE(first.succeeded, 1);
    QVERIFY(!first.response.offlineAsOf.isValid());
    QVERIFY(!m_network->requests.last().headers.contains("if-none-match"));
    QTRY_VERIFY(stored(kMe).has_value());
    QCOMPARE(stored(kMe)->etag, QByteArray("\"v1\""));
    QCOMPARE(stored(kMe)->body, QByteArray(R"({"name":"Jana"})"));

    // Unchanged: the server sends no body, the caller still gets the whole answer.
    m_network->answer("GET", kMe, withTag(304, {}, "\"v1\""));
    QSignalSpy answered(m_api.get(), &ApiClient::serverAnswered);
    auto second = get(kMe);
    QCOMPARE(m_network->requests.last().headers.value("if-none-match"), QByteArray("\"v1\""));
    QCOMPARE(second.succeeded, 1);
    QCOMPARE(second.notModified, 0);
    QCOMPARE(second.response.json().value(QLatin1String("name")).toString(), QStringLiteral("Jana"));
    QVERIFY(!second.response.offlineAsOf.isValid());
    QCOMPARE(answered.size(), 1);

    // Changed: the new answer replaces the stored one.
    m_network->answer("GET", kMe, withTag(200, R"({"name":"Jana B."})", "\"v2\""));
    QCOMPARE(get(kMe).response.json().value(QLatin1String("name")).toString(), QStringLiteral("Jana B."));
    QTRY_COMPARE(stored(kMe)->etag, QByteArray("\"v2\""));
}

void TestCachedGet::servesTheStoredAnswerWhileTheServerCannotBeReached()
{
    const auto then = QDateTime(QDate(2026, 11, 24), QTime(14, 5), Qt::UTC);
    m_cache->store(kMe, {QByteArray(R"({"name":"Jana"})"), "application/json", "\"v1\"", then});
    QSignalSpy offline(m_api.get(), &ApiClient::servedFromCache);
    for (const auto &answer : {FakeNetwork::failure(QNetworkReply::ConnectionRefusedError),
                               FakeNetwork::error(503, QStringLiteral("unavailable"))}) {
        m_network->answer("GET", kMe, answer);
        auto outcome = get(kMe);
        QCOMPARE(outcome.succeeded, 1);
        QCOMPARE(outcome.response.json().value(QLatin1String("name")).toString(), QStringLiteral("Jana"));
        QCOMPARE(outcome.response.offlineAsOf, then);
    }
    QCOMPARE(offline.size(), 2);
    QCOMPARE(offline.last().at(0).toDateTime(), then);
    // A refusal is no outage: a 404 stays a 404, whatever is stored.
    m_network->answer("GET", kMe, FakeNetwork::error(404, QStringLiteral("not_found")));
    QCOMPARE(get(kMe).failed, 1);
}

void TestCachedGet::failsAsBeforeWhenNothingIsStored()
{
    m_network->answer("GET", kMe, FakeNetwork::failure(QNetworkReply::ConnectionRefusedError));
    auto outcome = get(kMe);
    QCOMPARE(outcome.failed, 1);
    QVERIFY(outcome.error.isNetworkError());
}

void TestCachedGet::keepsAnAnswerThatCameWithoutATag()
{
    m_network->answer("GET", kMe, FakeNetwork::json(200, {{QStringLiteral("name"), QStringLiteral("Jana")}}));
    QCOMPARE(get(kMe).succeeded, 1);
    QTRY_VERIFY(stored(kMe).has_value());
    QVERIFY(stored(kMe)->etag.isEmpty());
    // Nothing to revalidate with: asked in full again, and kept for offline.
    QCOMPARE(get(kMe).succeeded, 1);
    QVERIFY(!m_network->requests.last().headers.contains("if-none-match"));
}

void TestCachedGet::leavesTheProbeAndExplicitTagsAlone()
{
    m_cache->store(QStringLiteral("/healthz"),
                   {QByteArray(R"({"status":"ok"})"), "application/json", "\"h\"", QDateTime::currentDateTimeUtc()});
    m_network->answer("GET", QStringLiteral("/healthz"), FakeNetwork::failure(QNetworkReply::ConnectionRefusedError));
    RequestOptions live;
    live.useCache = false;
    QCOMPARE(get(QStringLiteral("/healthz"), live).failed, 1);
    QVERIFY(!m_network->requests.last().headers.contains("if-none-match"));

    // A caller with its own tag gets the 304 itself.
    m_network->answer("GET", kMe, withTag(304, {}, "\"mine\""));
    RequestOptions tagged;
    tagged.ifNoneMatch = "\"mine\"";
    QCOMPARE(get(kMe, tagged).notModified, 1);
}

void TestCachedGet::sendsACallWhoseCacheWasReplacedMidLookup()
{
    m_network->answer("GET", kMe, withTag(200, R"({"name":"Jana"})", "\"v1\""));
    CallOutcome outcome;
    outcome.watch(m_api->get(kMe));
    // Logged out before the cache answered: the call goes out without it, and is not lost.
    m_api->setResponseCache(nullptr);
    QTRY_COMPARE(outcome.succeeded, 1);
    QCOMPARE(m_network->requestsTo("GET", kMe).size(), 1);
}

void TestCachedGet::keepsNoAnswerInACacheThatIsNoLongerTheAccounts()
{
    m_network->answer("GET", kMe, FakeNetwork::hanging());
    CallOutcome outcome;
    outcome.watch(m_api->get(kMe));
    QTRY_COMPARE(m_network->requestsTo("GET", kMe).size(), 1);
    m_api->setResponseCache(nullptr);
    m_network->release("GET", kMe, withTag(200, R"({"name":"Someone"})", "\"x\""));
    QTRY_COMPARE(outcome.succeeded, 1);
    // Whatever the old session's request brings back stays out of the cache.
    m_api->setResponseCache(m_cache.get());
    QTest::qWait(50);
    QVERIFY(!stored(kMe).has_value());
}

QTEST_MAIN(TestCachedGet)
#include "tst_cached_get.moc"
