// /healthz latency while 200 idle keep-alive connections and 200 slow senders are open, as a
// ratio to its latency at rest, both measured in this run against the real server binary.
// Not a test: run it on demand after ./scripts/build.sh.
//   build/tests/bench/bench_server_pressure [probes, default 500]
#include "ConnectionPressure.h"
#include "TestServer.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

struct Latencies {
    double median = 0;
    double p99 = 0;
    int failed = 0;
};

Latencies measure(int port, int probes)
{
    std::vector<double> samples;
    Latencies result;
    for (int i = 0; i < probes; ++i) {
        const double ms = healthLatencyMs(port, "127.0.0.2");
        if (ms < 0)
            ++result.failed;
        else
            samples.push_back(ms);
    }
    std::sort(samples.begin(), samples.end());
    if (!samples.empty()) {
        result.median = samples[samples.size() / 2];
        result.p99 = samples[std::min(samples.size() - 1, samples.size() * 99 / 100)];
    }
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int probes = argc > 1 ? std::max(20, std::atoi(argv[1])) : 500;
    TestServer server({{QStringLiteral("server/keep_alive_timeout_s"), QStringLiteral("300")},
                       {QStringLiteral("server/read_timeout_s"), QStringLiteral("300")}});
    if (!server.start()) {
        std::fprintf(stderr, "the server did not start:\n%s\n", qPrintable(server.log()));
        return 1;
    }
    measure(server.port(), 20); // warm-up
    const auto atRest = measure(server.port(), probes);
    Latencies underPressure;
    {
        ConnectionPressure pressure(server.port(), 200, 200);
        if (!pressure.established()) {
            std::fprintf(stderr, "could not open the 400 connections\n");
            return 1;
        }
        underPressure = measure(server.port(), probes);
    }
    std::printf("GET /healthz from a fresh connection, %d probes each (default config, 32 workers)\n", probes);
    std::printf("%-44s %9s %9s %7s\n", "", "median ms", "p99 ms", "failed");
    std::printf("%-44s %9.3f %9.3f %7d\n", "at rest (baseline)", atRest.median, atRest.p99, atRest.failed);
    std::printf("%-44s %9.3f %9.3f %7d\n", "200 idle keep-alive + 200 slow senders open", underPressure.median,
                underPressure.p99, underPressure.failed);
    std::printf("ratio (median under pressure / at rest): %.2f\n", underPressure.median / atRest.median);
    return 0;
}
