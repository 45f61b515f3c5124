// GET /api/v1/metrics requests/s as a ratio to GET /healthz, both measured in this run against
// the real server binary, on a customer with 20 ad accounts of 3 years of daily rows each
// (21 920 rows): the dashboard's usual asks (30 days by day, a year by week, three years by
// month and in total) and the time one answer takes, each asked again (answered from the cache
// until the next write) and new each time (a range not in the cache: computed in SQL). The
// issue's goal: a ratio of at least 0.5.
// Not a test: run it on demand after ./scripts/build.sh.
//   build/tests/bench/bench_metrics_route [seconds per measurement, default 3]
#include "ServerFixture.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <httplib.h>

#include <cstdio>
#include <functional>

namespace {

constexpr int kSources = 20;
constexpr int kDays = 3 * 365 + 1;

// Requests/s of one path (or the paths `pathOf` gives for request 0, 1, …) over one keep-alive
// connection; exits when an answer is not 200.
double rate(int port, const std::function<std::string(int)> &pathOf, const QString &token, int seconds)
{
    httplib::Client client("127.0.0.1", port);
    client.set_keep_alive(true);
    httplib::Headers headers;
    if (!token.isEmpty())
        headers.emplace("Authorization", "Bearer " + token.toStdString());
    int answered = 0;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < seconds * 1000) {
        const auto path = pathOf(answered);
        const auto result = client.Get(path, headers);
        if (!result || result->status != 200) {
            std::fprintf(stderr, "%s answered %d\n", path.c_str(), result ? result->status : 0);
            std::exit(1);
        }
        ++answered;
    }
    return answered * 1000.0 / double(clock.elapsed());
}

QByteArray threeYearsOfDays(QDate last)
{
    auto *random = QRandomGenerator::global();
    QByteArray csv = "date,leads,spend,clicks,impressions\n";
    for (int back = kDays - 1; back >= 0; --back)
        csv += QStringLiteral("%1,%2,%3.%4,%5,%6\n")
                   .arg(last.addDays(-back).toString(Qt::ISODate))
                   .arg(random->bounded(10))
                   .arg(random->bounded(500))
                   .arg(random->bounded(100), 2, 10, QLatin1Char('0'))
                   .arg(random->bounded(400))
                   .arg(random->bounded(40000))
                   .toUtf8();
    return csv;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 3;
    ServerFixture fixture;
    if (!fixture.start({{QStringLiteral("security/register_per_hour"), QStringLiteral("1000")}})) {
        std::fprintf(stderr, "the server did not start:\n%s\n", qPrintable(fixture.error()));
        return 1;
    }
    const auto customer = fixture.approvedCustomer(QStringLiteral("bench@kunde.de"));
    const auto today = QDate::currentDate();
    for (int source = 0; source < kSources; ++source) {
        const auto imported = fixture.http->send(
            QStringLiteral("POST"),
            QStringLiteral("/api/v1/admin/accounts/%1/metrics/import?source=bench%2").arg(customer.id).arg(source),
            threeYearsOfDays(today), QStringLiteral("text/csv"), fixture.adminToken);
        if (imported.status != 200) {
            std::fprintf(stderr, "the import failed: %d\n", imported.status);
            return 1;
        }
    }
    // `shift` moves the range back by that many days: a question not asked before.
    const auto metricsPath = [&](int days, const char *granularity, int shift = 0) {
        const auto to = today.addDays(-shift);
        return QStringLiteral("/api/v1/metrics?from=%1&to=%2&granularity=%3")
            .arg(to.addDays(1 - days).toString(Qt::ISODate), to.toString(Qt::ISODate), QLatin1String(granularity))
            .toStdString();
    };
    const auto same = [](std::string path) { return [path](int) { return path; }; };
    const auto newRange = [&](int days, const char *granularity, int i) {
        return metricsPath(days + i / 730 % 7, granularity, i % 730);
    };
    const int port = fixture.server->port();
    rate(port, same("/healthz"), {}, 1); // warm-up
    const double baseline = rate(port, same("/healthz"), {}, seconds);
    std::printf("%d ad accounts x %d days of one customer, one keep-alive connection, %d s per measurement\n", kSources,
                kDays, seconds);
    std::printf("%-40s %10s %8s %12s\n", "request", "r/s", "ratio", "ms/answer");
    std::printf("%-40s %10.0f %8.2f %12.3f\n", "GET /healthz (baseline)", baseline, 1.0, 1000.0 / baseline);
    // The same question again (a dashboard's reloads between two syncs), and each time a new one:
    // 5110 ranges asked in turn, more than the cache keeps, so each is computed.
    const std::pair<const char *, std::function<std::string(int)>> asks[] = {
        {"GET /api/v1/me (a signed-in answer)", same("/api/v1/me")},
        {"metrics: 30 days by day", same(metricsPath(30, "day"))},
        {"metrics: one year by week", same(metricsPath(365, "week"))},
        {"metrics: three years by month", same(metricsPath(kDays, "month"))},
        {"metrics: three years in total", same(metricsPath(kDays, "total"))},
        {"metrics: 30 days by day, new each time", [&](int i) { return newRange(30, "day", i); }},
        {"metrics: a year by week, new each time", [&](int i) { return newRange(365, "week", i); }},
    };
    for (const auto &[name, pathOf] : asks) {
        const double measured = rate(port, pathOf, customer.token, seconds);
        std::printf("%-40s %10.0f %8.2f %12.3f\n", name, measured, measured / baseline, 1000.0 / measured);
    }
    return fixture.stop();
}
