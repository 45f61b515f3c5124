#include "server/metrics/MetricsDemo.h"

#include "server/metrics/MetricsModule.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <cmath>

namespace kp::server::metrics {
namespace {

struct DemoSource {
    const char *provider;
    const char *externalId;
    const char *attribution;
    double dailyBudget;  // euros on an ordinary weekday
    double costPerClick; // euros
    double leadRate;     // leads per click
};

QList<DailyMetrics> demoDays(const DemoSource &source, QDate today, QRandomGenerator &random)
{
    QList<DailyMetrics> days;
    for (int back = 399; back >= 0; --back) {
        const auto day = today.addDays(-back);
        if (back > 300 && back < 315) // the customer paused the campaigns for two weeks
            continue;
        const double weekday = day.dayOfWeek() >= 6 ? 0.6 : 1.0;
        const double growth = back < 120 ? 1.4 : 1.0; // a budget increase four months ago
        const double jitter = 0.75 + random.bounded(0.5);
        const double spend = source.dailyBudget * weekday * growth * jitter;
        const auto clicks = qint64(spend / source.costPerClick);
        DailyMetrics row;
        row.day = day;
        row.values.spendMicros = qint64(std::llround(spend * 100)) * 10000; // whole cents, as platforms bill
        row.values.clicks = clicks;
        row.values.impressions = clicks * (55 + random.bounded(30));
        row.values.leadsMilli
            = qint64(std::llround(double(clicks) * source.leadRate * (0.6 + random.bounded(0.8)))) * 1000;
        days.append(row);
    }
    return days;
}

} // namespace

void seedDemoMetrics(MetricsModule &metrics, const QString &customerId)
{
    // Fixed seed: every demo shows the same numbers.
    QRandomGenerator random(2026);
    const QTimeZone berlin("Europe/Berlin");
    const auto now = QDateTime::currentDateTimeUtc();
    const auto today = now.toTimeZone(berlin).date();
    const DemoSource sources[] = {
        {"facebook", "act_1029384756", "7d_click,1d_view", 85.0, 0.62, 0.045},
        {"google_ads", "123-456-7890", "google_ads", 40.0, 1.35, 0.07},
    };
    for (const auto &source : sources) {
        auto &store = metrics.adAccountStore();
        const auto record = store.connect(customerId, QString::fromLatin1(source.provider),
                                          QString::fromLatin1(source.externalId), {});
        const auto days = demoDays(source, today, random);
        metrics.dayStore().replaceRange(record.id, days.first().day, today, days, now.toString(Qt::ISODate));
        SyncResult result;
        result.succeeded = true;
        result.info = AdAccountInfo {QStringLiteral("EUR"), QStringLiteral("Europe/Berlin"),
                                     QString::fromLatin1(source.attribution)};
        result.historyFrom = days.first().day;
        store.recordSync(record.id, result);
    }
}

} // namespace kp::server::metrics
