#include "DatabaseSnapshot.h"
#include "ServerFixture.h"

#include <QDate>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRandomGenerator>
#include <QTest>

// The metrics route and the admin's ad-account routes over HTTP (API.md "Performance metrics"):
// buckets checked against the raw rows an admin imported, by brute force over periods and
// granularities; every refusal leaves the database as it was; one customer never sees another's
// numbers. One server for the suite. The platform connectors have their own suites against the fakes.
class TestMetricsApi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void answersEveryBucketAsTheRawRowsAddUp();
    void answersZerosForEveryBucketWithoutRows();
    void refusesBadRanges();
    void refusesABadCsvNamingTheLineAndStoresNothing();
    void refusesBadAdAccountsAndStoresNothing();
    void keepsEachCustomersNumbersToThemselves();
    void keepsAdminRoutesToAdmins();
    void removingAnAdAccountRemovesItsNumbers();
    void closesMetricsUntilTheChecklistIsComplete(); // last: it publishes a checklist

private:
    struct Row {
        qint64 leads = 0;
        qint64 spendCents = 0;
        qint64 clicks = 0;
        qint64 impressions = 0;
    };
    using Customer = ServerFixture::Customer;
    HttpResult import(const QString &customerId, const QByteArray &csv, const QString &source = {});
    HttpResult metrics(const QString &token, QDate from, QDate to, const QString &granularity);
    // Sums the raw rows of [from, to]: what a bucket of that span must say.
    Row expected(QDate from, QDate to) const;
    void compare(const QJsonObject &values, const Row &row, const QString &where);
    QString snapshot() const { return databaseSnapshot(m_fixture.server->databasePath()); }

    ServerFixture m_fixture;
    TestHttp *m_http = nullptr;
    Customer m_customer;
    QMap<QDate, Row> m_rows; // what the customer's CSV import holds
    QDate m_first;
    QDate m_last;
};

void TestMetricsApi::initTestCase()
{
    QVERIFY2(m_fixture.start({{QStringLiteral("security/register_per_hour"), QStringLiteral("1000")}}),
             qPrintable(m_fixture.error()));
    m_http = m_fixture.http.get();
    m_customer = m_fixture.approvedCustomer(QStringLiteral("zahlen@kunde.de"));
    QVERIFY(!m_customer.token.isEmpty());

    // 150 days across a year end and a 53-week year, with gaps (days without delivery), German
    // decimal commas and a semicolon-separated header in another order.
    auto *random = QRandomGenerator::global();
    m_first = QDate(2026, 11, 20);
    m_last = m_first.addDays(149);
    QByteArray csv = "Impressions;Date;Spend;Leads;Clicks\n";
    for (auto day = m_first; day <= m_last; day = day.addDays(1)) {
        if (random->bounded(5) == 0)
            continue;
        Row row {random->bounded(8), random->bounded(200000), random->bounded(300), random->bounded(20000)};
        m_rows.insert(day, row);
        csv += QStringLiteral("%1;%2;%3,%4;%5;%6\n")
                   .arg(row.impressions)
                   .arg(day.toString(Qt::ISODate))
                   .arg(row.spendCents / 100)
                   .arg(row.spendCents % 100, 2, 10, QLatin1Char('0'))
                   .arg(row.leads)
                   .arg(row.clicks)
                   .toUtf8();
    }
    const auto imported = import(m_customer.id, csv, QStringLiteral("TikTok"));
    QCOMPARE(imported.status, 200);
    QCOMPARE(imported.json.value(QLatin1String("imported")).toInt(), m_rows.size());
    const auto source = imported.json.value(QLatin1String("source")).toObject();
    QCOMPARE(source.value(QLatin1String("provider")).toString(), QStringLiteral("csv"));
    QCOMPARE(source.value(QLatin1String("account_id")).toString(), QStringLiteral("TikTok"));
    QCOMPARE(source.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
}

void TestMetricsApi::cleanupTestCase()
{
    QCOMPARE(m_fixture.stop(), 0);
}

void TestMetricsApi::cleanup()
{
    KP_VERIFY_API_CONTRACT();
}

HttpResult TestMetricsApi::import(const QString &customerId, const QByteArray &csv, const QString &source)
{
    auto path = QStringLiteral("/api/v1/admin/accounts/%1/metrics/import").arg(customerId);
    if (!source.isEmpty())
        path += QStringLiteral("?source=") + QString::fromUtf8(QUrl::toPercentEncoding(source));
    return m_http->send(QStringLiteral("POST"), path, csv, QStringLiteral("text/csv"), m_fixture.adminToken);
}

HttpResult TestMetricsApi::metrics(const QString &token, QDate from, QDate to, const QString &granularity)
{
    return m_http->get(QStringLiteral("/api/v1/metrics?from=%1&to=%2&granularity=%3")
                           .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), granularity),
                       token);
}

TestMetricsApi::Row TestMetricsApi::expected(QDate from, QDate to) const
{
    Row sum;
    for (auto it = m_rows.lowerBound(from); it != m_rows.end() && it.key() <= to; ++it) {
        sum.leads += it->leads;
        sum.spendCents += it->spendCents;
        sum.clicks += it->clicks;
        sum.impressions += it->impressions;
    }
    return sum;
}

void TestMetricsApi::compare(const QJsonObject &values, const Row &row, const QString &where)
{
    const auto spend
        = QStringLiteral("%1.%2").arg(row.spendCents / 100).arg(row.spendCents % 100, 2, 10, QLatin1Char('0'));
    QVERIFY2(values.value(QLatin1String("leads")).toInteger() == row.leads,
             qPrintable(where + QStringLiteral(" leads")));
    QVERIFY2(values.value(QLatin1String("spend")).toString() == spend,
             qPrintable(where + QStringLiteral(" spend ") + values.value(QLatin1String("spend")).toString()
                        + QStringLiteral(" != ") + spend));
    QVERIFY2(values.value(QLatin1String("clicks")).toInteger() == row.clicks,
             qPrintable(where + QStringLiteral(" clicks")));
    QVERIFY2(values.value(QLatin1String("impressions")).toInteger() == row.impressions,
             qPrintable(where + QStringLiteral(" impressions")));
}

void TestMetricsApi::answersEveryBucketAsTheRawRowsAddUp()
{
    // Ranges as the period picker makes them, and odd ones: mid-week starts, a single day, a
    // range beyond the rows on both sides, a leap-free February, the whole year end.
    QList<std::pair<QDate, QDate>> ranges {
        {m_first, m_last},
        {QDate(2026, 12, 3), QDate(2026, 12, 8)},
        {QDate(2026, 12, 31), QDate(2026, 12, 31)},
        {QDate(2026, 12, 1), QDate(2026, 12, 31)},
        {QDate(2027, 2, 1), QDate(2027, 2, 28)},
        {QDate(2026, 12, 21), QDate(2027, 1, 10)},
        {QDate(2026, 1, 1), QDate(2027, 12, 31)},
        {m_last.addDays(-6), m_last},
        {m_last.addDays(-29), m_last},
    };
    auto *random = QRandomGenerator::global();
    for (int i = 0; i < 6; ++i) {
        const auto from = m_first.addDays(random->bounded(140) - 5);
        ranges.append({from, from.addDays(random->bounded(60))});
    }
    for (const auto &[from, to] : ranges) {
        for (const auto *granularity : {"day", "week", "month", "total"}) {
            const auto where
                = QStringLiteral("%1..%2 %3")
                      .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), QLatin1String(granularity));
            const auto answer = metrics(m_customer.token, from, to, QLatin1String(granularity));
            QVERIFY2(answer.status == 200, qPrintable(where));
            QCOMPARE(answer.json.value(QLatin1String("granularity")).toString(), QLatin1String(granularity));
            // The buckets tile the range without gaps, each the span its granularity says.
            auto next = from;
            for (const auto &item : answer.json.value(QLatin1String("buckets")).toArray()) {
                const auto bucket = item.toObject();
                const auto start = QDate::fromString(bucket.value(QLatin1String("start")).toString(), Qt::ISODate);
                const auto end = QDate::fromString(bucket.value(QLatin1String("end")).toString(), Qt::ISODate);
                QVERIFY2(start == next && end >= start && end <= to, qPrintable(where));
                if (qstrcmp(granularity, "day") == 0)
                    QCOMPARE(end, start);
                if (qstrcmp(granularity, "week") == 0) {
                    QVERIFY2(start == from || start.dayOfWeek() == 1, qPrintable(where));
                    QVERIFY2(end == to || end.dayOfWeek() == 7, qPrintable(where));
                }
                if (qstrcmp(granularity, "month") == 0) {
                    QVERIFY2(start == from || start.day() == 1, qPrintable(where));
                    QVERIFY2(end == to || end.day() == end.daysInMonth(), qPrintable(where));
                }
                compare(bucket, expected(start, end), where + QLatin1Char(' ') + start.toString(Qt::ISODate));
                next = end.addDays(1);
            }
            QCOMPARE(next, to.addDays(1));
            compare(answer.json.value(QLatin1String("totals")).toObject(), expected(from, to),
                    where + QStringLiteral(" totals"));
            const auto previous = answer.json.value(QLatin1String("previous")).toObject();
            const auto length = from.daysTo(to) + 1;
            QCOMPARE(previous.value(QLatin1String("to")).toString(), from.addDays(-1).toString(Qt::ISODate));
            compare(previous, expected(from.addDays(-length), from.addDays(-1)), where + QStringLiteral(" previous"));
        }
    }
}

void TestMetricsApi::answersZerosForEveryBucketWithoutRows()
{
    const auto answer = metrics(m_customer.token, QDate(2020, 1, 1), QDate(2020, 1, 31), QStringLiteral("week"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json.value(QLatin1String("buckets")).toArray().size(), 5); // W01 clipped … W05 clipped
    const auto totals = answer.json.value(QLatin1String("totals")).toObject();
    QCOMPARE(totals.value(QLatin1String("spend")).toString(), QStringLiteral("0.00"));
    // A ratio without a denominator is null, never 0 or infinity.
    QVERIFY(totals.value(QLatin1String("cpl")).isNull());
    QVERIFY(totals.value(QLatin1String("ctr")).isNull());
    QVERIFY(totals.value(QLatin1String("cpc")).isNull());
}

void TestMetricsApi::refusesBadRanges()
{
    const auto fieldOf = [](const HttpResult &answer, const char *field) {
        return answer.json.value(QLatin1String("error"))
            .toObject()
            .value(QLatin1String("fields"))
            .toObject()
            .value(QLatin1String(field))
            .toString();
    };
    auto answer = m_http->get(QStringLiteral("/api/v1/metrics"), m_customer.token);
    QCOMPARE(answer.status, 422);
    QCOMPARE(fieldOf(answer, "from"), QStringLiteral("required"));
    QCOMPARE(fieldOf(answer, "to"), QStringLiteral("required"));
    answer = m_http->get(QStringLiteral("/api/v1/metrics?from=2026-02-30&to=2026-03-01"), m_customer.token);
    QCOMPARE(fieldOf(answer, "from"), QStringLiteral("invalid"));
    answer = metrics(m_customer.token, QDate(2026, 3, 2), QDate(2026, 3, 1), QStringLiteral("day"));
    QCOMPARE(fieldOf(answer, "to"), QStringLiteral("invalid"));
    answer = metrics(m_customer.token, QDate(2010, 1, 1), QDate(2026, 3, 1), QStringLiteral("month"));
    QCOMPARE(fieldOf(answer, "to"), QStringLiteral("invalid"));
    answer = metrics(m_customer.token, QDate(2026, 3, 1), QDate(2026, 3, 2), QStringLiteral("fortnight"));
    QCOMPARE(fieldOf(answer, "granularity"), QStringLiteral("invalid"));
}

void TestMetricsApi::refusesABadCsvNamingTheLineAndStoresNothing()
{
    const auto before = snapshot();
    const QList<std::pair<QByteArray, int>> files {
        {"date,leads,spend,clicks,impressions\n2026-01-01,1,2.50,3,4\n2026-01-02,1,2.5x,3,4\n", 3},
        {"date,leads,spend,clicks\n2026-01-01,1,2.50,3\n", 1},
        {"date,leads,spend,clicks,impressions\n01.02.2026,1,2.50,3,4\n", 2},
        {"date,leads,spend,clicks,impressions\n2026-01-01,1,2.50,3,4\n2026-01-01,1,2.50,3,4\n", 3},
        {"date,leads,spend,clicks,impressions\n2026-01-01,-1,2.50,3,4\n", 2},
        {"date,leads,spend,clicks,impressions\n2026-01-01,1,2.50,3.5,4\n", 2},
        {"", 1},
    };
    for (const auto &[csv, line] : files) {
        const auto answer = import(m_customer.id, csv);
        QVERIFY2(answer.status == 422, csv.constData());
        const auto error = answer.json.value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("line")).toInt(), line);
        QVERIFY(error.value(QLatin1String("message")).toString().startsWith(QStringLiteral("Line %1:").arg(line)));
    }
    QCOMPARE(
        import(m_customer.id, "date,leads,spend,clicks,impressions\n2026-01-01,1,2,3,4\n", QStringLiteral("<script>"))
            .status,
        422);
    QCOMPARE(import(QStringLiteral("acc_nobody"), "date,leads,spend,clicks,impressions\n2026-01-01,1,2,3,4\n").status,
             404);
    QCOMPARE(snapshot(), before);
}

void TestMetricsApi::refusesBadAdAccountsAndStoresNothing()
{
    const auto before = snapshot();
    const auto path = QStringLiteral("/api/v1/admin/accounts/%1/ad-accounts").arg(m_customer.id);
    const auto put = [&](const QJsonObject &body) {
        return m_http->send(QStringLiteral("PUT"), path, QJsonDocument(body).toJson(),
                            QStringLiteral("application/json"), m_fixture.adminToken);
    };
    const auto token = QJsonObject {{QStringLiteral("access_token"), QStringLiteral("EAAB0123456789abcdefTOKEN")}};
    const QList<std::pair<QJsonObject, const char *>> bodies {
        {{{QStringLiteral("provider"), QStringLiteral("tiktok")},
          {QStringLiteral("external_id"), QStringLiteral("1")},
          {QStringLiteral("credentials"), token}},
         "provider"},
        {{{QStringLiteral("provider"), QStringLiteral("facebook")},
          {QStringLiteral("external_id"), QStringLiteral("act_x1")},
          {QStringLiteral("credentials"), token}},
         "external_id"},
        {{{QStringLiteral("provider"), QStringLiteral("facebook")},
          {QStringLiteral("external_id"), QStringLiteral("act_1")},
          {QStringLiteral("credentials"),
           QJsonObject {{QStringLiteral("refresh_token"), QStringLiteral("1//0123456789abcdef")}}}},
         "credentials"},
        {{{QStringLiteral("provider"), QStringLiteral("facebook")},
          {QStringLiteral("external_id"), QStringLiteral("act_1")},
          {QStringLiteral("credentials"), QJsonObject {{QStringLiteral("access_token"), QStringLiteral("short")}}}},
         "credentials"},
        {{{QStringLiteral("provider"), QStringLiteral("google_ads")},
          {QStringLiteral("external_id"), QStringLiteral("12-345-6789")},
          {QStringLiteral("credentials"), token}},
         "external_id"},
        {{{QStringLiteral("provider"), QStringLiteral("facebook")},
          {QStringLiteral("external_id"), QStringLiteral("act_1")}},
         "credentials"},
    };
    for (const auto &[body, field] : bodies) {
        const auto answer = put(body);
        QCOMPARE(answer.status, 422);
        QVERIFY2(answer.json.value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("fields"))
                     .toObject()
                     .contains(QLatin1String(field)),
                 field);
        // A refused token is not echoed back either.
        QVERIFY(!answer.body.contains("TOKEN"));
    }
    QCOMPARE(
        m_http->send(QStringLiteral("DELETE"), path + QStringLiteral("/facebook/act_404"), {}, {}, m_fixture.adminToken)
            .status,
        404);
    QCOMPARE(snapshot(), before);
}

void TestMetricsApi::keepsEachCustomersNumbersToThemselves()
{
    const auto other = m_fixture.approvedCustomer(QStringLiteral("andere@kunde.de"));
    const auto answer = metrics(other.token, m_first, m_last, QStringLiteral("total"));
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.json.value(QLatin1String("sources")).toArray().isEmpty());
    compare(answer.json.value(QLatin1String("totals")).toObject(), {}, QStringLiteral("another customer"));
    // An admin's list of someone's ad accounts is theirs alone; an admin has none.
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/accounts/%1/ad-accounts").arg(other.id), m_fixture.adminToken)
                 .json.value(QLatin1String("items"))
                 .toArray()
                 .size(),
             0);
    QCOMPARE(
        m_http->get(QStringLiteral("/api/v1/admin/accounts/%1/ad-accounts").arg(m_customer.id), m_fixture.adminToken)
            .json.value(QLatin1String("items"))
            .toArray()
            .size(),
        1);
}

void TestMetricsApi::keepsAdminRoutesToAdmins()
{
    const auto path = QStringLiteral("/api/v1/admin/accounts/%1/ad-accounts").arg(m_customer.id);
    QCOMPARE(m_http->get(path, m_customer.token).status, 403);
    QCOMPARE(m_http->post(QStringLiteral("/api/v1/admin/metrics/sync"), {}, m_customer.token).status, 403);
    QCOMPARE(m_http
                 ->send(QStringLiteral("POST"),
                        QStringLiteral("/api/v1/admin/accounts/%1/metrics/import").arg(m_customer.id),
                        "date,leads,spend,clicks,impressions\n2026-01-01,1,2,3,4\n", QStringLiteral("text/csv"),
                        m_customer.token)
                 .status,
             403);
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/metrics?from=2026-01-01&to=2026-01-02")).status, 401);
    const auto sync = m_http->post(QStringLiteral("/api/v1/admin/metrics/sync"), {}, m_fixture.adminToken);
    QCOMPARE(sync.status, 202);
    QCOMPARE(
        m_http->post(QStringLiteral("/api/v1/admin/metrics/sync?account=acc_nobody"), {}, m_fixture.adminToken).status,
        404);
}

void TestMetricsApi::removingAnAdAccountRemovesItsNumbers()
{
    const auto totals = [&] {
        return metrics(m_customer.token, m_first, m_last, QStringLiteral("total"))
            .json.value(QLatin1String("totals"))
            .toObject();
    };
    const auto before = totals();
    QCOMPARE(import(m_customer.id,
                    "date,leads,spend,clicks,impressions\n" + m_first.addDays(3).toString(Qt::ISODate).toUtf8()
                        + ",5,100.00,50,5000\n",
                    QStringLiteral("Zweite Quelle"))
                 .status,
             200);
    QCOMPARE(totals().value(QLatin1String("leads")).toInteger(), before.value(QLatin1String("leads")).toInteger() + 5);
    QCOMPARE(m_http
                 ->send(QStringLiteral("DELETE"),
                        QStringLiteral("/api/v1/admin/accounts/%1/ad-accounts/csv/Zweite%20Quelle").arg(m_customer.id),
                        {}, {}, m_fixture.adminToken)
                 .status,
             204);
    QCOMPARE(totals(), before);
}

void TestMetricsApi::closesMetricsUntilTheChecklistIsComplete()
{
    QCOMPARE(m_fixture.publishOneItemChecklist(), 200);
    const auto closed = metrics(m_customer.token, m_first, m_last, QStringLiteral("day"));
    QCOMPARE(closed.status, 409);
    QCOMPARE(closed.errorCode(), QStringLiteral("onboarding_incomplete"));
}

QTEST_GUILESS_MAIN(TestMetricsApi)
#include "tst_metrics_api.moc"
