#include "RawHttp.h"
#include "TestServer.h"

#include <QTest>

#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using namespace std::chrono_literals;
using SteadyClock = std::chrono::steady_clock;
using Milliseconds = std::chrono::duration<double, std::milli>;

// Clients that hold connections without finishing requests: idle keep-alive connections (the
// desktop app keeps up to 6 per server), slow senders (slowloris, slow bodies) and absurd heads.
// cpp-httplib alone gave each one a worker for its whole life; the server's connection loop must
// keep answering everybody else at once.
class TestConnectionPressure : public QObject {
    Q_OBJECT

private slots:
    void answersOthersWhileIdleAndSlowClientsHoldConnections();
    void closesASlowSenderAtTheReadTimeoutHoweverItTrickles();
    void boundsTheMemoryOfAHugeHeaderLine();
    void capsConnectionsPerAddress();
};

namespace {

const QByteArray kHealth = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

// Milliseconds for a fresh client's /healthz, or a negative number when it got no 200.
double probe(int port, const char *source)
{
    const auto start = SteadyClock::now();
    RawConnection connection(port, source);
    const auto answer = RawAnswer::parse(connection.exchange(kHealth, 10s));
    const auto elapsed = Milliseconds(SteadyClock::now() - start).count();
    return answer.status == 200 ? elapsed : -1.0;
}

QByteArray source(int subnet, int index)
{
    return QStringLiteral("127.0.%1.%2").arg(subnet).arg(index % 8 + 1).toLatin1();
}

} // namespace

void TestConnectionPressure::answersOthersWhileIdleAndSlowClientsHoldConnections()
{
    // Timeouts longer than the test, so nothing is closed for us while we measure.
    TestServer server({{QStringLiteral("server/keep_alive_timeout_s"), QStringLiteral("60")},
                       {QStringLiteral("server/read_timeout_s"), QStringLiteral("60")}});
    QVERIFY2(server.start(), qPrintable(server.log()));
    const int port = server.port();

    std::vector<double> atRest;
    for (int i = 0; i < 20; ++i)
        atRest.push_back(probe(port, "127.0.0.2"));

    // 200 idle keep-alive connections, each after one answered request.
    std::vector<std::unique_ptr<RawConnection>> idle;
    for (int i = 0; i < 200; ++i) {
        idle.push_back(std::make_unique<RawConnection>(port, source(3, i).constData()));
        QCOMPARE(RawAnswer::parse(idle.back()->exchange(kHealth, 10s)).status, 200);
    }
    // 100 slowloris heads and 100 slow bodies, each fed a few bytes a second.
    std::vector<std::unique_ptr<RawConnection>> slow;
    for (int i = 0; i < 200; ++i) {
        slow.push_back(std::make_unique<RawConnection>(port, source(4, i).constData()));
        QVERIFY(slow.back()->send(i % 2
                                      ? QByteArray("GET /healthz HTTP/1.1\r\nHost: x\r\n")
                                      : QByteArray("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n"
                                                   "Content-Type: application/json\r\nContent-Length: 4096\r\n\r\n{")));
    }
    std::atomic<bool> trickling = true;
    std::thread trickle([&] {
        while (trickling) {
            for (std::size_t i = 0; i < slow.size(); ++i)
                slow[i]->send(i % 2 ? QByteArray("X-Slow: y\r\n") : QByteArray(" "));
            std::this_thread::sleep_for(200ms);
        }
    });

    std::vector<double> underPressure;
    for (int i = 0; i < 20; ++i)
        underPressure.push_back(probe(port, "127.0.0.2"));
    trickling = false;
    trickle.join();

    std::sort(atRest.begin(), atRest.end());
    std::sort(underPressure.begin(), underPressure.end());
    qInfo().noquote() << QStringLiteral("/healthz median at rest %1 ms; with 200 idle and 200 slow: median %2 ms, "
                                        "slowest %3 ms")
                             .arg(atRest[10], 0, 'f', 2)
                             .arg(underPressure[10], 0, 'f', 2)
                             .arg(underPressure.back(), 0, 'f', 2);
    QVERIFY2(underPressure.front() >= 0, "a probe got no answer");
    QVERIFY2(underPressure.back() < 100,
             qPrintable(QStringLiteral("slowest /healthz under pressure: %1 ms").arg(underPressure.back())));
    // The slow ones were held, not dropped: none of them has been answered or closed.
    for (const auto &connection : slow)
        QVERIFY(!connection->waitForClose(0ms));
}

void TestConnectionPressure::closesASlowSenderAtTheReadTimeoutHoweverItTrickles()
{
    TestServer server({{QStringLiteral("server/read_timeout_s"), QStringLiteral("1")}});
    QVERIFY2(server.start(), qPrintable(server.log()));
    RawConnection slowloris(server.port());
    QVERIFY(slowloris.send("GET /healthz HTTP/1.1\r\nHost: x\r\n"));
    const auto start = SteadyClock::now();
    // A header line every 200 ms: each read is well within the timeout, the request is not.
    bool closed = false;
    while (!closed && SteadyClock::now() - start < 5s) {
        slowloris.send("X-Slow: y\r\n");
        closed = slowloris.waitForClose(200ms);
    }
    const auto held = Milliseconds(SteadyClock::now() - start).count();
    QVERIFY2(closed, "the slow sender still holds its connection after 5 s");
    QVERIFY2(held < 2500, qPrintable(QStringLiteral("closed after %1 ms").arg(held)));
}

void TestConnectionPressure::boundsTheMemoryOfAHugeHeaderLine()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.log()));
    RawConnection warmUp(server.port());
    QCOMPARE(RawAnswer::parse(warmUp.exchange(kHealth, 10s)).status, 200);
    const auto before = server.residentKiB();

    RawConnection connection(server.port());
    QVERIFY(connection.send("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: "));
    const QByteArray megabyte(1 << 20, 'a');
    int sent = 0;
    while (sent < 100 && connection.send(megabyte))
        ++sent; // the server answers early and drains the rest (or resets once it gives up)
    const auto answer = RawAnswer::parse(connection.readAnswer(10s));
    const auto after = server.residentKiB();
    qInfo().noquote()
        << QStringLiteral("sent %1 MiB of one header line; memory grew by %2 KiB").arg(sent).arg(after - before);
    QCOMPARE(answer.status, 431);
    QVERIFY2(after - before < 8 * 1024, qPrintable(QStringLiteral("grew by %1 KiB").arg(after - before)));
}

void TestConnectionPressure::capsConnectionsPerAddress()
{
    TestServer server({{QStringLiteral("server/max_connections_per_address"), QStringLiteral("10")}});
    QVERIFY2(server.start(), qPrintable(server.log()));
    std::vector<std::unique_ptr<RawConnection>> held;
    for (int i = 0; i < 10; ++i) {
        held.push_back(std::make_unique<RawConnection>(server.port(), "127.0.5.1"));
        QCOMPARE(RawAnswer::parse(held.back()->exchange(kHealth, 10s)).status, 200);
    }
    RawConnection oneTooMany(server.port(), "127.0.5.1");
    QVERIFY(oneTooMany.waitForClose(2s));
    RawConnection elsewhere(server.port(), "127.0.5.2");
    QCOMPARE(RawAnswer::parse(elsewhere.exchange(kHealth, 10s)).status, 200);
    // A closed connection frees its place.
    held.pop_back();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            RawConnection again(server.port(), "127.0.5.1");
            return RawAnswer::parse(again.exchange(kHealth, 2s)).status == 200;
        }(),
        5000);
}

QTEST_GUILESS_MAIN(TestConnectionPressure)
#include "tst_connection_pressure.moc"
