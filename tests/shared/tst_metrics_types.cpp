#include "shared/Metrics.h"
#include "shared/MetricsBuckets.h"
#include "shared/Money.h"

#include <QTest>
#include <QTimeZone>

using namespace kp;
using namespace kp::metrics;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QString spans(const QList<DateSpan> &buckets)
{
    QStringList parts;
    for (const auto &bucket : buckets)
        parts.append(toApiDate(bucket.start) + QLatin1Char('/') + toApiDate(bucket.end));
    return parts.join(QLatin1Char(' '));
}

} // namespace

// What client and server agree on for the dashboard: exact money, and how days fall into
// day, ISO-week, month and total buckets.
class TestMetricsTypes : public QObject {
    Q_OBJECT

private slots:
    void parsesDecimalsExactly();
    void refusesWhatIsNotADecimal();
    void formatsMicros();
    void dividesToCentsRoundingHalfAway();
    void bucketsWeeksAcrossTheYearEnd();
    void bucketsWeek53AndIsoWeekLabels();
    void bucketsMonthsWithLeapDays();
    void clipsBucketsToARangeStartingMidWeek();
    void bucketsASingleDay();
    void bucketsNothingForAnInvalidRange();
    void findsEachDaysBucketStart();
    void previousPeriodHasTheSameLength();
    void computesRatiosOnlyWithADenominator();
    void roundTripsTheReport();
};

void TestMetricsTypes::parsesDecimalsExactly()
{
    QCOMPARE(money::parseMicros(u"12.34"), 12340000);
    QCOMPARE(money::parseMicros(u"0.000001"), 1);
    QCOMPARE(money::parseMicros(u"1234"), 1234000000);
    QCOMPARE(money::parseMicros(u"-0.5"), -500000);
    QCOMPARE(money::parseMicros(u".5"), 500000);
    QCOMPARE(money::parseMicros(u" 7.10 "), 7100000);
    // 0.1 + 0.2 in binary floating point is 0.30000000000000004; in micros it is exact.
    QCOMPARE(*money::parseMicros(u"0.1") + *money::parseMicros(u"0.2"), *money::parseMicros(u"0.3"));
    QCOMPARE(money::parseMilli(u"2.5"), 2500);
    QCOMPARE(money::parseMilli(u"3"), 3000);
}

void TestMetricsTypes::refusesWhatIsNotADecimal()
{
    for (const auto *text : {"", "-", ".", "1.2.3", "1e3", "12,34", "0.0000001", "abc", "1 000", "--1", "١٢"})
        QVERIFY2(!money::parseMicros(QString::fromUtf8(text)), text);
    QVERIFY(!money::parseMicros(u"99999999999999999999")); // overflow
    QVERIFY(money::parseMicros(u"9223372036854.775807"));  // the largest amount that fits
    QVERIFY(!money::parseMicros(u"9223372036854.775808"));
}

void TestMetricsTypes::formatsMicros()
{
    QCOMPARE(money::formatMicros(12340000), QStringLiteral("12.34"));
    QCOMPARE(money::formatMicros(0), QStringLiteral("0.00"));
    QCOMPARE(money::formatMicros(5000000), QStringLiteral("5.00"));
    QCOMPARE(money::formatMicros(123456), QStringLiteral("0.123456"));
    QCOMPARE(money::formatMicros(-1500000), QStringLiteral("-1.50"));
    QCOMPARE(money::formatMicros(std::numeric_limits<qint64>::min()), QStringLiteral("-9223372036854.775808"));
}

void TestMetricsTypes::dividesToCentsRoundingHalfAway()
{
    QCOMPARE(money::divideToCents(10000000, 3000), QStringLiteral("3.33")); // 10 / 3
    QCOMPARE(money::divideToCents(20000000, 3000), QStringLiteral("6.67")); // 20 / 3
    QCOMPARE(money::divideToCents(50000, 2000), QStringLiteral("0.03"));    // 0.05 / 2 = 0.025 → 0.03
    QCOMPARE(money::divideToCents(-50000, 2000), QStringLiteral("-0.03"));
    QCOMPARE(money::divideToCents(10000000, 2500), QStringLiteral("4.00")); // 10 / 2.5 leads
    QCOMPARE(money::divideToCents(10000000, 0), std::nullopt);
}

void TestMetricsTypes::bucketsWeeksAcrossTheYearEnd()
{
    // 2025-12-29 is the Monday of ISO week 2026-W01.
    QCOMPARE(spans(bucketsOf(d("2025-12-24"), d("2026-01-06"), Granularity::Week)),
             QStringLiteral("2025-12-24/2025-12-28 2025-12-29/2026-01-04 2026-01-05/2026-01-06"));
    QCOMPARE(isoWeekLabel(d("2025-12-29")), QStringLiteral("2026-W01"));
    QCOMPARE(isoWeekLabel(d("2027-01-01")), QStringLiteral("2026-W53"));
}

void TestMetricsTypes::bucketsWeek53AndIsoWeekLabels()
{
    // 2026 has 53 ISO weeks: W53 runs from Monday 2026-12-28 to Sunday 2027-01-03.
    const auto buckets = bucketsOf(d("2026-12-21"), d("2027-01-10"), Granularity::Week);
    QCOMPARE(spans(buckets), QStringLiteral("2026-12-21/2026-12-27 2026-12-28/2027-01-03 2027-01-04/2027-01-10"));
    QCOMPARE(isoWeekLabel(buckets[1].start), QStringLiteral("2026-W53"));
    QCOMPARE(isoWeekLabel(buckets[2].start), QStringLiteral("2027-W01"));
}

void TestMetricsTypes::bucketsMonthsWithLeapDays()
{
    QCOMPARE(spans(bucketsOf(d("2028-01-15"), d("2028-03-01"), Granularity::Month)),
             QStringLiteral("2028-01-15/2028-01-31 2028-02-01/2028-02-29 2028-03-01/2028-03-01"));
    QCOMPARE(spans(bucketsOf(d("2027-02-01"), d("2027-02-28"), Granularity::Month)),
             QStringLiteral("2027-02-01/2027-02-28"));
    QCOMPARE(bucketsOf(d("2028-02-28"), d("2028-03-01"), Granularity::Day).size(), 3);
}

void TestMetricsTypes::clipsBucketsToARangeStartingMidWeek()
{
    // Thursday to the next Tuesday: a clipped week, then a clipped week.
    QCOMPARE(spans(bucketsOf(d("2026-12-03"), d("2026-12-08"), Granularity::Week)),
             QStringLiteral("2026-12-03/2026-12-06 2026-12-07/2026-12-08"));
    QCOMPARE(spans(bucketsOf(d("2026-12-03"), d("2026-12-08"), Granularity::Total)),
             QStringLiteral("2026-12-03/2026-12-08"));
}

void TestMetricsTypes::bucketsASingleDay()
{
    for (const auto granularity : {Granularity::Day, Granularity::Week, Granularity::Month, Granularity::Total})
        QCOMPARE(spans(bucketsOf(d("2028-02-29"), d("2028-02-29"), granularity)),
                 QStringLiteral("2028-02-29/2028-02-29"));
}

void TestMetricsTypes::bucketsNothingForAnInvalidRange()
{
    QVERIFY(bucketsOf(d("2026-12-05"), d("2026-12-04"), Granularity::Day).isEmpty());
    QVERIFY(bucketsOf(QDate(), d("2026-12-04"), Granularity::Week).isEmpty());
}

void TestMetricsTypes::findsEachDaysBucketStart()
{
    QCOMPARE(bucketStart(d("2027-01-03"), Granularity::Week, {}), d("2026-12-28")); // a Sunday
    QCOMPARE(bucketStart(d("2026-12-28"), Granularity::Week, {}), d("2026-12-28")); // a Monday
    QCOMPARE(bucketStart(d("2028-02-29"), Granularity::Month, {}), d("2028-02-01"));
    QCOMPARE(bucketStart(d("2028-02-29"), Granularity::Total, d("2028-01-01")), d("2028-01-01"));
    QCOMPARE(granularityFromName(QStringLiteral("week")), Granularity::Week);
    QCOMPARE(granularityFromName(QStringLiteral("fortnight")), std::nullopt);
}

void TestMetricsTypes::previousPeriodHasTheSameLength()
{
    QCOMPARE(previousPeriod({d("2026-12-01"), d("2026-12-07")}), (DateSpan {d("2026-11-24"), d("2026-11-30")}));
    QCOMPARE(previousPeriod({d("2028-03-01"), d("2028-03-31")}), (DateSpan {d("2028-01-30"), d("2028-02-29")}));
    QCOMPARE(previousPeriod({d("2026-12-05"), d("2026-12-05")}), (DateSpan {d("2026-12-04"), d("2026-12-04")}));
}

void TestMetricsTypes::computesRatiosOnlyWithADenominator()
{
    const MetricValues values {3000, 10000000, 40, 1000};
    QCOMPARE(values.costPerLead(), QStringLiteral("3.33"));
    QCOMPARE(values.costPerClick(), QStringLiteral("0.25"));
    QCOMPARE(values.clickThroughRate(), 0.04);
    const MetricValues nothing;
    QCOMPARE(nothing.costPerLead(), std::nullopt);
    QCOMPARE(nothing.costPerClick(), std::nullopt);
    QCOMPARE(nothing.clickThroughRate(), std::nullopt);
    const auto json = nothing.toJson(true);
    QVERIFY(json.value(QLatin1String("cpl")).isNull());
    QVERIFY(json.value(QLatin1String("ctr")).isNull());
}

void TestMetricsTypes::roundTripsTheReport()
{
    MetricsReport report;
    report.currency = QStringLiteral("EUR");
    report.range = {d("2026-11-30"), d("2026-12-06")};
    report.granularity = Granularity::Week;
    report.buckets = {{report.range, {2500, 12345678, 12, 3400}}};
    report.totals = report.buckets.first().values;
    report.previousRange = previousPeriod(report.range);
    report.previous = {1000, 1, 2, 3};
    report.provisionalFrom = d("2026-12-04");
    MetricsSource source;
    source.provider = QStringLiteral("facebook");
    source.accountId = QStringLiteral("act_1");
    source.status = QStringLiteral("needs_token");
    source.lastSyncedAt = QDateTime(d("2026-12-01"), QTime(8, 0), Qt::UTC);
    source.attribution = QStringLiteral("7d_click,1d_view");
    report.sources = {source};

    const auto json = report.toJson();
    QCOMPARE(json.value(QLatin1String("totals")).toObject().value(QLatin1String("spend")).toString(),
             QStringLiteral("12.345678"));
    QCOMPARE(json.value(QLatin1String("totals")).toObject().value(QLatin1String("leads")).toDouble(), 2.5);
    const auto back = MetricsReport::fromJson(json);
    QVERIFY(back);
    QCOMPARE(back->toJson(), json);
    QCOMPARE(back->buckets.first().values, report.buckets.first().values);
    QVERIFY(back->sources.first().isStale());
    QVERIFY(!MetricsReport::fromJson(QJsonObject {{QStringLiteral("from"), QStringLiteral("2026-13-01")}}));
}

QTEST_GUILESS_MAIN(TestMetricsTypes)
#include "tst_metrics_types.moc"
