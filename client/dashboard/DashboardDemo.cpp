#include "client/dashboard/DashboardDemo.h"

#include <QTimeZone>

#include <cmath>

namespace kp::client::dashboarddemo {
namespace {

// The shots show up to the last 90 days; the 90 before them are their previous period.
constexpr int kDays = 180;

// A repeatable "random" number in [0, 1) per day and stream.
double noise(qint64 day, int stream)
{
    const double x = std::sin(double(day) * 12.9898 + stream * 78.233) * 43758.5453;
    return x - std::floor(x);
}

// One day of both accounts together: weekdays busier than weekends, a gentle upward trend.
metrics::MetricValues dayValues(QDate day)
{
    const qint64 age = day.daysTo(today());
    if (age < 0 || age >= kDays)
        return {};
    const qint64 n = day.toJulianDay();
    const double trend = 1.0 + 0.35 * double(kDays - age) / kDays;
    const double weekday = day.dayOfWeek() >= 6 ? 0.72 : 1.0;
    metrics::MetricValues values;
    // Facebook
    const double fbImpressions = (2600.0 + 900.0 * noise(n, 1)) * trend * weekday;
    const double fbClicks = fbImpressions * (0.011 + 0.006 * noise(n, 2));
    const double fbLeads = std::round(fbClicks * (0.06 + 0.05 * noise(n, 3)));
    const double fbSpend = (48.0 + 22.0 * noise(n, 4)) * weekday;
    // Google Ads
    const double gImpressions = (850.0 + 400.0 * noise(n, 5)) * trend * weekday;
    const double gClicks = gImpressions * (0.035 + 0.02 * noise(n, 6));
    const double gLeads = std::round(gClicks * (0.07 + 0.06 * noise(n, 7)));
    const double gSpend = (31.0 + 14.0 * noise(n, 8)) * weekday;
    values.impressions = qint64(fbImpressions + gImpressions);
    values.clicks = qint64(fbClicks + gClicks);
    values.leadsMilli = qint64(fbLeads + gLeads) * 1000;
    values.spendMicros = qint64(std::llround((fbSpend + gSpend) * 100.0)) * 10000; // whole cents
    return values;
}

metrics::MetricValues sum(const metrics::DateSpan &span)
{
    metrics::MetricValues total;
    for (auto day = span.start; day <= span.end; day = day.addDays(1))
        total += dayValues(day);
    return total;
}

} // namespace

QDate today()
{
    return {2026, 12, 5};
}

QList<metrics::MetricsSource> sources(bool stale)
{
    const QTimeZone berlin("Europe/Berlin");
    // A healthy account of the demo customer, in euros and Berlin's days.
    const auto account
        = [&berlin](const char *provider, const char *id, QTime synced, const char *attribution, int provisionalDays) {
              metrics::MetricsSource source;
              source.provider = QLatin1String(provider);
              source.accountId = QLatin1String(id);
              source.status = QStringLiteral("ok");
              source.lastSyncedAt = QDateTime(today(), synced, berlin);
              source.currency = QStringLiteral("EUR");
              source.timeZone = QString::fromLatin1(berlin.id());
              source.attribution = QLatin1String(attribution);
              source.provisionalFrom = today().addDays(-provisionalDays);
              return source;
          };
    auto facebook = account("facebook", "act_1029384756", QTime(14, 3), "7d_click,1d_view", 2);
    if (stale) {
        facebook.status = QStringLiteral("needs_token");
        facebook.lastSyncedAt = QDateTime(today().addDays(-3), QTime(3, 12), berlin);
        facebook.lastError = QStringLiteral("The access token has expired. Ask the customer for a new one.");
    }
    return {facebook, account("google_ads", "123-456-7890", QTime(13, 48), "google_ads", 1)};
}

metrics::MetricsReport report(const metrics::DateSpan &span, metrics::Granularity granularity, bool allTime, bool stale)
{
    metrics::MetricsReport report;
    report.currency = QStringLiteral("EUR");
    report.range = span;
    report.granularity = granularity;
    for (const auto &bucket : metrics::bucketsOf(span.start, span.end, granularity)) {
        report.buckets.append({bucket, sum(bucket)});
        report.totals += report.buckets.constLast().values;
    }
    if (!allTime) {
        report.previousRange = metrics::previousPeriod(span);
        report.previous = sum(*report.previousRange);
    }
    report.sources = sources(stale);
    report.provisionalFrom = today().addDays(-2);
    return report;
}

} // namespace kp::client::dashboarddemo
