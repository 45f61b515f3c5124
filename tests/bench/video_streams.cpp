// GET /api/v1/me requests/s while 100 players stream a video, as a ratio to its rate with no
// stream, both measured in this run against the real server binary, in two modes:
//   direct: no cap on streams ([videos] max_streams above the number of workers), the mode the
//           cap exists to prevent: every worker ends up sending video to a slow player;
//   capped: the default cap (a quarter of the workers); players beyond it get 503 and retry.
// The players are the worst case: they never read, so each stream holds its worker until the
// write timeout. Not a test: run it on demand after ./scripts/build.sh.
//   build/tests/bench/bench_video_streams [seconds per measurement, default 3]
#include "RawHttp.h"
#include "TestHttp.h"
#include "TestServer.h"
#include "TestVideos.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <httplib.h>

#include <cstdio>
#include <memory>
#include <vector>

namespace {

constexpr int kPlayers = 100;

// Requests/s of GET /api/v1/me over one keep-alive connection; a request that finds no worker
// within a second counts as failed and ends the connection.
std::pair<double, int> meRate(int port, const QString &token, int seconds)
{
    int answered = 0;
    int failed = 0;
    QElapsedTimer clock;
    clock.start();
    auto client = std::make_unique<httplib::Client>("127.0.0.1", port);
    while (clock.elapsed() < seconds * 1000) {
        client->set_keep_alive(true);
        client->set_read_timeout(1, 0);
        const auto result = client->Get("/api/v1/me", {{"Authorization", "Bearer " + token.toStdString()}});
        if (result && result->status == 200) {
            ++answered;
        } else {
            ++failed;
            client = std::make_unique<httplib::Client>("127.0.0.1", port);
        }
    }
    return {answered * 1000.0 / double(clock.elapsed()), failed};
}

struct Outcome {
    double atRest = 0;
    double streaming = 0;
    int failed = 0;
    int refusedStreams = 0;
};

Outcome run(const QMap<QString, QString> &settings, int seconds)
{
    TestServer server(settings);
    if (!server.createAdmin(QStringLiteral("admin@bench.test"), QStringLiteral("benchmark admin password"))
        || !server.start()) {
        std::fprintf(stderr, "the server did not start:\n%s\n", qPrintable(server.log()));
        std::exit(1);
    }
    TestHttp http(server);
    const auto token = http.loginToken(QStringLiteral("admin@bench.test"), QStringLiteral("benchmark admin password"));
    const auto series
        = http.post(QStringLiteral("/api/v1/admin/content/series"),
                    {{QStringLiteral("title"), QStringLiteral("Bench")}, {QStringLiteral("position"), 1}}, token);
    const auto video = http.post(QStringLiteral("/api/v1/admin/content/videos"),
                                 {{QStringLiteral("title"), QStringLiteral("Bench")},
                                  {QStringLiteral("series_id"), series.json.value(QLatin1String("id"))}},
                                 token);
    // 32 MiB: far beyond what loopback socket buffers take, so a player that does not read
    // keeps its stream open.
    const auto stored = http.send(
        QStringLiteral("PUT"),
        QStringLiteral("/api/v1/admin/content/videos/%1/file").arg(video.json.value(QLatin1String("id")).toString()),
        testvideos::syntheticMp4(1800, 32 * 1024 * 1024), QStringLiteral("video/mp4"), token);
    const auto url = stored.json.value(QLatin1String("stream_url")).toString().toLatin1();
    if (url.isEmpty()) {
        std::fprintf(stderr, "the upload failed: %d\n", stored.status);
        std::exit(1);
    }

    Outcome outcome;
    meRate(server.port(), token, 1); // warm-up
    outcome.atRest = meRate(server.port(), token, seconds).first;
    std::vector<std::unique_ptr<RawConnection>> players;
    for (int i = 0; i < kPlayers; ++i) {
        players.push_back(std::make_unique<RawConnection>(server.port()));
        players.back()->send("GET " + url + " HTTP/1.1\r\nHost: bench\r\n\r\n");
    }
    for (auto &player : players) {
        // A refused player has its short 503 already; a streaming one has megabytes waiting.
        if (player->readAnswer(std::chrono::milliseconds(200)).startsWith("HTTP/1.1 503"))
            ++outcome.refusedStreams;
    }
    const auto [rate, failed] = meRate(server.port(), token, seconds);
    outcome.streaming = rate;
    outcome.failed = failed;
    players.clear();
    server.stop();
    return outcome;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 3;
    const auto direct = run({{QStringLiteral("server/threads"), QStringLiteral("32")},
                             {QStringLiteral("videos/max_streams"), QStringLiteral("1000")}},
                            seconds);
    const auto capped = run({{QStringLiteral("server/threads"), QStringLiteral("32")}}, seconds);
    std::printf("GET /api/v1/me over one keep-alive connection, %d s per measurement, 32 workers,\n"
                "%d players that never read a 32 MiB video\n",
                seconds, kPlayers);
    std::printf("%-34s %12s %14s %8s %8s %14s\n", "mode", "at rest r/s", "streaming r/s", "ratio", "failed",
                "streams refused");
    for (const auto &[name, outcome] :
         {std::pair {"direct (no cap)", direct}, std::pair {"capped (8 streams)", capped}})
        std::printf("%-34s %12.0f %14.0f %8.2f %8d %14d\n", name, outcome.atRest, outcome.streaming,
                    outcome.streaming / outcome.atRest, outcome.failed, outcome.refusedStreams);
    return 0;
}
