#include "ConnectionPressure.h"
#include "RawHttp.h"
#include "TestServer.h"

#include <QTest>

#include <algorithm>
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
        atRest.push_back(healthLatencyMs(port, "127.0.0.2"));
    std::vector<double> underPressure;
    {
        ConnectionPressure pressure(port, 200, 200);
        QVERIFY(pressure.established());
        for (int i = 0; i < 20; ++i)
            underPressure.push_back(healthLatencyMs(port, "127.0.0.2"));
        // The slow ones were held, not dropped: none has been answered or closed.
        QVERIFY(pressure.slowOnesStillHeld());
    }

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
    // A closed connection frees its place, once the server has seen it close.
    held.pop_back();
    bool servedAgain = false;
    for (const auto giveUpAt = SteadyClock::now() + 5s; !servedAgain && SteadyClock::now() < giveUpAt;) {
        RawConnection again(server.port(), "127.0.5.1");
        servedAgain = RawAnswer::parse(again.exchange(kHealth, 2s)).status == 200;
        if (!servedAgain)
            std::this_thread::sleep_for(20ms);
    }
    QVERIFY(servedAgain);
}

QTEST_GUILESS_MAIN(TestConnectionPressure)
#include "tst_connection_pressure.moc"
