#include "FakeGoogleAdsServer.h"
#include "FakeGraphApiServer.h"
#include "ServerFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include <cmath>

// The metrics sync end to end: the real server reads the fake Graph API and the fake Google Ads
// (their wire formats, errors and limits) and the metrics route answers what the fakes hold, for
// every period and granularity. An expired token says so and keeps the last good numbers;
// revised days are read again; tokens are sealed at rest and never leave the server.
class TestMetricsSync : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void syncsBothPlatformsAndAnswersWhatTheyHold();
    void keepsTokensSealedAndOutOfAnswersAndLogs();
    void picksUpRevisedAndVanishedDays();
    void waitsOutThrottling();
    void saysWhenATokenExpiredAndKeepsTheNumbers();
    void refusesASecondCurrency();

private:
    struct Row {
        qint64 leadsMilli = 0;
        qint64 spendMicros = 0;
        qint64 clicks = 0;
        qint64 impressions = 0;
    };
    HttpResult connect(const QString &provider, const QString &externalId, const QJsonObject &credentials);
    QJsonObject source(const QString &provider);
    // Asks for a sync and waits until `provider`'s status is `status` (and its sync is over).
    bool syncUntil(const QString &provider, const QString &status);
    QJsonObject metrics(QDate from, QDate to, const QString &granularity);
    Row expected(QDate from, QDate to) const;
    void setFacebookDay(QDate day, const Row &row);
    void setGoogleDay(QDate day, const Row &row);

    FakeGraphApi m_graph;
    FakeGoogleAds m_ads;
    ServerFixture m_fixture;
    TestHttp *m_http = nullptr;
    ServerFixture::Customer m_customer;
    QDate m_today;
    QMap<QDate, Row> m_facebook;
    QMap<QDate, Row> m_google;

    static inline const QString kFacebookToken = QStringLiteral("EAABsbCS1iHgBAfakeFacebookToken0123456789");
    static inline const QString kRefreshToken = QStringLiteral("1//0gFakeGoogleRefreshToken-abcdefghijklmnop");
};

void TestMetricsSync::initTestCase()
{
    m_graph.addAccount(QStringLiteral("1029384756"), kFacebookToken);
    m_graph.setAttributionSpec(QStringLiteral("1029384756"),
                               QJsonArray {QJsonObject {{QStringLiteral("event_type"), QStringLiteral("CLICK_THROUGH")},
                                                        {QStringLiteral("window_days"), 7}},
                                           QJsonObject {{QStringLiteral("event_type"), QStringLiteral("VIEW_THROUGH")},
                                                        {QStringLiteral("window_days"), 1}}});
    m_graph.setReportRuns(1);
    m_ads.addRefreshToken(kRefreshToken);
    m_ads.addCustomer(QStringLiteral("1234567890"), QStringLiteral("EUR"), QStringLiteral("Europe/Berlin"));
    m_ads.addCustomer(QStringLiteral("5550001111"), QStringLiteral("USD"), QStringLiteral("America/New_York"));
    QVERIFY(m_graph.start());
    QVERIFY(m_ads.start());

    // 90 days on each platform up to today in the accounts' time zone, with days without delivery.
    m_today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Berlin")).date();
    auto *random = QRandomGenerator::global();
    for (int back = 0; back < 90; ++back) {
        const auto day = m_today.addDays(-back);
        if (random->bounded(6) != 0)
            setFacebookDay(day,
                           {random->bounded(9) * 1000, random->bounded(20000) * 10000, random->bounded(400),
                            random->bounded(30000)});
        if (random->bounded(6) != 0)
            setGoogleDay(day,
                         {random->bounded(1, 12) * 500, random->bounded(1, 90000000), random->bounded(200),
                          random->bounded(9000)});
    }

    auto settings = fakeGraphApiSettings(m_graph);
    settings.insert(fakeGoogleAdsSettings(m_ads));
    settings.insert(QStringLiteral("security/register_per_hour"), QStringLiteral("1000"));
    QVERIFY2(m_fixture.start(settings), qPrintable(m_fixture.error()));
    m_http = m_fixture.http.get();
    m_customer = m_fixture.approvedCustomer(QStringLiteral("werbung@kunde.de"));
    QVERIFY(!m_customer.token.isEmpty());
}

void TestMetricsSync::cleanupTestCase()
{
    QCOMPARE(m_fixture.stop(), 0);
}

void TestMetricsSync::cleanup()
{
    KP_VERIFY_API_CONTRACT();
}

void TestMetricsSync::setFacebookDay(QDate day, const Row &row)
{
    m_facebook.insert(day, row);
    m_graph.setDay(QStringLiteral("1029384756"), day,
                   {QStringLiteral("%1.%2")
                        .arg(row.spendMicros / 1000000)
                        .arg(row.spendMicros / 10000 % 100, 2, 10, QLatin1Char('0')),
                    QString::number(row.impressions), QString::number(row.clicks), int(row.leadsMilli / 1000)});
}

void TestMetricsSync::setGoogleDay(QDate day, const Row &row)
{
    m_google.insert(day, row);
    m_ads.setDay(QStringLiteral("1234567890"), day,
                 {row.spendMicros, row.clicks, row.impressions, double(row.leadsMilli) / 1000.0});
}

HttpResult TestMetricsSync::connect(const QString &provider, const QString &externalId, const QJsonObject &credentials)
{
    const QJsonObject body {{QStringLiteral("provider"), provider},
                            {QStringLiteral("external_id"), externalId},
                            {QStringLiteral("credentials"), credentials}};
    return m_http->send(QStringLiteral("PUT"),
                        QStringLiteral("/api/v1/admin/accounts/%1/ad-accounts").arg(m_customer.id),
                        QJsonDocument(body).toJson(), QStringLiteral("application/json"), m_fixture.adminToken);
}

QJsonObject TestMetricsSync::source(const QString &provider)
{
    const auto list
        = m_http->get(QStringLiteral("/api/v1/admin/accounts/%1/ad-accounts").arg(m_customer.id), m_fixture.adminToken);
    for (const auto &item : list.json.value(QLatin1String("items")).toArray())
        if (item.toObject().value(QLatin1String("provider")).toString() == provider)
            return item.toObject();
    return {};
}

bool TestMetricsSync::syncUntil(const QString &provider, const QString &status)
{
    // Requests the platform's fake has seen: a sync marks its source "syncing" before its first
    // request, so once they grow, `status` is this sync's result, not the last one's.
    const auto requests
        = [&] { return provider == QLatin1String("facebook") ? m_graph.requests().size() : m_ads.searches().size(); };
    const auto before = requests();
    if (m_http->post(QStringLiteral("/api/v1/admin/metrics/sync"), {}, m_fixture.adminToken).status != 202)
        return false;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        if (requests() > before && source(provider).value(QLatin1String("status")).toString() == status)
            return true;
        QTest::qWait(50);
    }
    qWarning() << provider << "stayed" << source(provider);
    return false;
}

QJsonObject TestMetricsSync::metrics(QDate from, QDate to, const QString &granularity)
{
    return m_http
        ->get(QStringLiteral("/api/v1/metrics?from=%1&to=%2&granularity=%3")
                  .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), granularity),
              m_customer.token)
        .json;
}

TestMetricsSync::Row TestMetricsSync::expected(QDate from, QDate to) const
{
    Row sum;
    for (const auto *platform : {&m_facebook, &m_google})
        for (auto it = platform->lowerBound(from); it != platform->end() && it.key() <= to; ++it) {
            sum.leadsMilli += it->leadsMilli;
            sum.spendMicros += it->spendMicros;
            sum.clicks += it->clicks;
            sum.impressions += it->impressions;
        }
    return sum;
}

static QString decimal(qint64 micros)
{
    auto fraction = QStringLiteral("%1").arg(micros % 1000000, 6, 10, QLatin1Char('0'));
    while (fraction.size() > 2 && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    return QString::number(micros / 1000000) + QLatin1Char('.') + fraction;
}

static bool same(const QJsonObject &values, qint64 leadsMilli, qint64 spend, qint64 clicks, qint64 impressions)
{
    return std::llround(values.value(QLatin1String("leads")).toDouble() * 1000) == leadsMilli
        && values.value(QLatin1String("spend")).toString() == decimal(spend)
        && values.value(QLatin1String("clicks")).toInteger() == clicks
        && values.value(QLatin1String("impressions")).toInteger() == impressions;
}

void TestMetricsSync::syncsBothPlatformsAndAnswersWhatTheyHold()
{
    QCOMPARE(connect(QStringLiteral("facebook"), QStringLiteral("act_1029384756"),
                     {{QStringLiteral("access_token"), kFacebookToken}})
                 .status,
             200);
    QCOMPARE(connect(QStringLiteral("google_ads"), QStringLiteral("1234567890"),
                     {{QStringLiteral("refresh_token"), kRefreshToken}})
                 .status,
             200);
    QVERIFY(syncUntil(QStringLiteral("facebook"), QStringLiteral("ok")));
    QVERIFY(syncUntil(QStringLiteral("google_ads"), QStringLiteral("ok")));
    const auto facebook = source(QStringLiteral("facebook"));
    QCOMPARE(facebook.value(QLatin1String("account_id")).toString(), QStringLiteral("act_1029384756"));
    QCOMPARE(facebook.value(QLatin1String("external_id")).toString(), QStringLiteral("act_1029384756")); // API.md
    QCOMPARE(facebook.value(QLatin1String("attribution")).toString(), QStringLiteral("7d_click,1d_view"));
    QCOMPARE(facebook.value(QLatin1String("time_zone")).toString(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(source(QStringLiteral("google_ads")).value(QLatin1String("account_id")).toString(),
             QStringLiteral("123-456-7890"));

    // The first read covered the whole history Facebook keeps (37 months), as one async report.
    bool readHistory = false;
    for (const auto &request : m_graph.requests())
        readHistory = readHistory
            || (request.method == QLatin1String("POST")
                && request.params.value(QStringLiteral("time_range"))
                       .contains(m_today.addMonths(-37).addDays(1).toString(Qt::ISODate)));
    QVERIFY(readHistory);

    const QDate monthStart(m_today.year(), m_today.month(), 1);
    const QList<std::pair<QDate, QDate>> periods {
        {m_today, m_today},                                 // Heute
        {m_today.addDays(-1), m_today.addDays(-1)},         // Gestern
        {m_today.addDays(-6), m_today},                     // Letzte 7 Tage
        {m_today.addDays(-29), m_today},                    // Letzte 30 Tage
        {monthStart, m_today},                              // Dieser Monat
        {monthStart.addMonths(-1), monthStart.addDays(-1)}, // Letzter Monat
        {m_today.addMonths(-37).addDays(1), m_today},       // Gesamt
        {m_today.addDays(-100), m_today.addDays(-45)},      // a free range reaching before the rows
    };
    for (const auto &[from, to] : periods) {
        for (const auto *granularity : {"day", "week", "month", "total"}) {
            const auto answer = metrics(from, to, QLatin1String(granularity));
            const auto where
                = QStringLiteral("%1..%2 %3")
                      .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), QLatin1String(granularity));
            const auto total = expected(from, to);
            QVERIFY2(same(answer.value(QLatin1String("totals")).toObject(), total.leadsMilli, total.spendMicros,
                          total.clicks, total.impressions),
                     qPrintable(where + QLatin1Char(' ')
                                + QJsonDocument(answer.value(QLatin1String("totals")).toObject()).toJson()));
            for (const auto &item : answer.value(QLatin1String("buckets")).toArray()) {
                const auto bucket = item.toObject();
                const auto sum
                    = expected(QDate::fromString(bucket.value(QLatin1String("start")).toString(), Qt::ISODate),
                               QDate::fromString(bucket.value(QLatin1String("end")).toString(), Qt::ISODate));
                QVERIFY2(same(bucket, sum.leadsMilli, sum.spendMicros, sum.clicks, sum.impressions),
                         qPrintable(where + QLatin1Char(' ') + bucket.value(QLatin1String("start")).toString()));
            }
        }
    }
    const auto answer = metrics(m_today.addDays(-6), m_today, QStringLiteral("day"));
    QCOMPARE(answer.value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));
    QCOMPARE(answer.value(QLatin1String("sources")).toArray().size(), 2);
    // The newest days may still change on the platforms ([sync] metrics_provisional_days, 3).
    QCOMPARE(answer.value(QLatin1String("provisional_from")).toString(), m_today.addDays(-2).toString(Qt::ISODate));
}

void TestMetricsSync::keepsTokensSealedAndOutOfAnswersAndLogs()
{
    const auto dataDir = m_fixture.server->dataDir();
    const QFileInfo key(dataDir + QStringLiteral("/secrets.key"));
    QVERIFY(key.exists());
    QCOMPARE(key.permissions() & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner); // 0600: owner only
    // The database, its WAL and every other file of the data folder: no token in any of them.
    for (const auto &name : QDir(dataDir).entryList(QDir::Files)) {
        if (name == QLatin1String("secrets.key"))
            continue;
        QFile file(dataDir + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto bytes = file.readAll();
        QVERIFY2(!bytes.contains(kFacebookToken.toUtf8()), qPrintable(name));
        QVERIFY2(!bytes.contains(kRefreshToken.toUtf8()), qPrintable(name));
        QVERIFY2(!bytes.contains("FakeFacebookToken"), qPrintable(name));
    }
    const auto log = m_fixture.server->log();
    QVERIFY(!log.contains(kFacebookToken));
    QVERIFY(!log.contains(kRefreshToken));
    for (const auto &token : m_ads.issuedAccessTokens())
        QVERIFY(!log.contains(QString::fromUtf8(token)));
    const auto list
        = m_http->get(QStringLiteral("/api/v1/admin/accounts/%1/ad-accounts").arg(m_customer.id), m_fixture.adminToken);
    QVERIFY(!list.body.contains("Token"));
}

void TestMetricsSync::picksUpRevisedAndVanishedDays()
{
    // Facebook revises yesterday, Google finds no delivery the day before after all.
    setFacebookDay(m_today.addDays(-1), {7000, 123450000, 321, 4321});
    m_ads.removeDay(QStringLiteral("1234567890"), m_today.addDays(-2));
    m_google.remove(m_today.addDays(-2));
    QVERIFY(syncUntil(QStringLiteral("facebook"), QStringLiteral("ok")));
    QVERIFY(syncUntil(QStringLiteral("google_ads"), QStringLiteral("ok")));
    const auto total = expected(m_today.addDays(-6), m_today);
    QVERIFY(
        same(metrics(m_today.addDays(-6), m_today, QStringLiteral("total")).value(QLatin1String("totals")).toObject(),
             total.leadsMilli, total.spendMicros, total.clicks, total.impressions));
    // A later sync re-reads only the recent days ([sync] metrics_recent_days, 28).
    const auto reads = m_ads.searches();
    QVERIFY(reads.last().query.contains(m_today.addDays(-27).toString(Qt::ISODate)));
}

void TestMetricsSync::waitsOutThrottling()
{
    m_graph.failNext(1, FakeGraphApi::throttle(17, 5));
    QVERIFY(syncUntil(QStringLiteral("facebook"), QStringLiteral("throttled")));
    // Throttled until the platform's time is up: another "sync now" leaves it alone.
    const auto requests = m_graph.requests().size();
    const auto queued
        = m_http->post(QStringLiteral("/api/v1/admin/metrics/sync?account=") + m_customer.id, {}, m_fixture.adminToken);
    QCOMPARE(queued.json.value(QLatin1String("queued")).toInt(), 1); // Google only
    QVERIFY(syncUntil(QStringLiteral("google_ads"), QStringLiteral("ok")));
    QCOMPARE(m_graph.requests().size(), requests);
    QCOMPARE(source(QStringLiteral("facebook")).value(QLatin1String("status")).toString(), QStringLiteral("throttled"));
    // The admin enters the token again: the source starts over at once.
    QCOMPARE(connect(QStringLiteral("facebook"), QStringLiteral("1029384756"),
                     {{QStringLiteral("access_token"), kFacebookToken}})
                 .status,
             200);
    QVERIFY(syncUntil(QStringLiteral("facebook"), QStringLiteral("ok")));
}

void TestMetricsSync::saysWhenATokenExpiredAndKeepsTheNumbers()
{
    const auto before = metrics(m_today.addDays(-29), m_today, QStringLiteral("total"));
    const auto lastGood = source(QStringLiteral("facebook")).value(QLatin1String("last_synced_at")).toString();
    m_graph.expireToken(kFacebookToken);
    QVERIFY(syncUntil(QStringLiteral("facebook"), QStringLiteral("needs_token")));
    const auto stale = source(QStringLiteral("facebook"));
    QCOMPARE(stale.value(QLatin1String("last_synced_at")).toString(), lastGood);
    QVERIFY(stale.value(QLatin1String("last_error")).toString().contains(QLatin1String("token")));
    const auto after = metrics(m_today.addDays(-29), m_today, QStringLiteral("total"));
    QCOMPARE(after.value(QLatin1String("totals")), before.value(QLatin1String("totals")));

    // A new token brings it back.
    const auto fresh = QStringLiteral("EAABsbCS1iHgBAnewFacebookToken9876543210");
    m_graph.addToken(QStringLiteral("1029384756"), fresh);
    QCOMPARE(
        connect(QStringLiteral("facebook"), QStringLiteral("act_1029384756"), {{QStringLiteral("access_token"), fresh}})
            .status,
        200);
    QVERIFY(syncUntil(QStringLiteral("facebook"), QStringLiteral("ok")));
}

void TestMetricsSync::refusesASecondCurrency()
{
    QCOMPARE(connect(QStringLiteral("google_ads"), QStringLiteral("555-000-1111"),
                     {{QStringLiteral("refresh_token"), kRefreshToken}})
                 .status,
             200);
    const auto list = [&] {
        return m_http
            ->get(QStringLiteral("/api/v1/admin/accounts/%1/ad-accounts").arg(m_customer.id), m_fixture.adminToken)
            .json.value(QLatin1String("items"))
            .toArray();
    };
    QElapsedTimer timer;
    timer.start();
    QJsonObject usd;
    while (timer.elapsed() < 30000 && usd.value(QLatin1String("status")).toString() != QLatin1String("error")) {
        m_http->post(QStringLiteral("/api/v1/admin/metrics/sync"), {}, m_fixture.adminToken);
        QTest::qWait(100);
        for (const auto &item : list())
            if (item.toObject().value(QLatin1String("account_id")).toString() == QLatin1String("555-000-1111"))
                usd = item.toObject();
    }
    QCOMPARE(usd.value(QLatin1String("status")).toString(), QStringLiteral("error"));
    QVERIFY(usd.value(QLatin1String("last_error")).toString().contains(QLatin1String("USD")));
    // Its days never joined the sums.
    const auto total = expected(m_today.addDays(-29), m_today);
    QVERIFY(
        same(metrics(m_today.addDays(-29), m_today, QStringLiteral("total")).value(QLatin1String("totals")).toObject(),
             total.leadsMilli, total.spendMicros, total.clicks, total.impressions));
}

QTEST_GUILESS_MAIN(TestMetricsSync)
#include "tst_metrics_sync.moc"
