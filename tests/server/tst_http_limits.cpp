#include "TestHttp.h"
#include "TestServer.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <httplib.h>

#include <thread>

#include <memory>

// Oversized and malformed requests (cpp-httplib 0.11.4 needs our limits) get an answer in the
// API.md error shape where HTTP allows one, and the server keeps serving.
class TestHttpLimits : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void answersMalformedRequests_data();
    void answersMalformedRequests();
    void refusesDeclaredOversizedBodyBeforeReadingIt();
    void refusesOversizedChunkedBody();
    void closesIdleConnectionsAfterReadTimeout();
    void bindsToLoopbackByDefault();
    void acceptsBurstOfNewConnections();
    void refusesPortAlreadyInUse();
    void answersBodylessPostWithoutWaitingForABody();
    void consumesTheBodyOfARefusedRequest();
    void boundsMemoryOfAnOversizedChunkedBody();
    void logsWhatARequestSaysOnOneLine();
    void neverCompressesAnswers();

private:
    // Sends raw bytes and returns everything the server answers until it closes or goes quiet.
    QByteArray exchange(const QByteArray &request, int waitMs = 5000);
    static bool isComplete(const QByteArray &response);
    static int statusOf(const QByteArray &response);
    static QString errorCodeOf(const QByteArray &response);

    std::unique_ptr<TestServer> m_server;
};

void TestHttpLimits::initTestCase()
{
    m_server = std::make_unique<TestServer>(
        QMap<QString, QString> {{QStringLiteral("server/read_timeout_s"), QStringLiteral("1")}});
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
}

void TestHttpLimits::cleanupTestCase()
{
    QCOMPARE(m_server->stop(), 0);
}

void TestHttpLimits::init()
{
    // Each case begins with (and, through the previous case, proves) a server that still serves.
    TestHttp http(*m_server);
    QCOMPARE(http.get(QStringLiteral("/healthz")).status, 200);
    TestHttp::takeContractViolations();
}

QByteArray TestHttpLimits::exchange(const QByteArray &request, int waitMs)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_server->port()));
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    socket.waitForBytesWritten(5000);
    QByteArray response;
    QDeadlineTimer deadline(waitMs);
    while (!deadline.hasExpired() && socket.state() == QAbstractSocket::ConnectedState && !isComplete(response)) {
        if (socket.waitForReadyRead(int(deadline.remainingTime())))
            response += socket.readAll();
        else
            break;
    }
    response += socket.readAll();
    return response;
}

bool TestHttpLimits::isComplete(const QByteArray &response)
{
    const auto headerEnd = response.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    static const QRegularExpression length(QStringLiteral("(?i)\r\nContent-Length: *(\\d+)"));
    const auto match = length.match(QString::fromLatin1(response.left(headerEnd)));
    return match.hasMatch() && response.size() - headerEnd - 4 >= match.captured(1).toInt();
}

int TestHttpLimits::statusOf(const QByteArray &response)
{
    // "HTTP/1.1 431 Request Header Fields Too Large"
    return response.startsWith("HTTP/1.1 ") ? response.mid(9, 3).toInt() : 0;
}

QString TestHttpLimits::errorCodeOf(const QByteArray &response)
{
    const auto body = response.mid(response.indexOf("\r\n\r\n") + 4);
    return QJsonDocument::fromJson(body)
        .object()
        .value(QLatin1String("error"))
        .toObject()
        .value(QLatin1String("code"))
        .toString();
}

void TestHttpLimits::answersMalformedRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QByteArray manyHeaders = "GET /healthz HTTP/1.1\r\nHost: x\r\n";
    for (int i = 0; i < 500; ++i)
        manyHeaders += "X-Filler-" + QByteArray::number(i) + ": y\r\n";
    QTest::newRow("500 header fields") << manyHeaders + "Connection: close\r\n\r\n" << 431 << "headers_too_large";
    QTest::newRow("header line over 8 KiB")
        << "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(9000, 'a') + "\r\nConnection: close\r\n\r\n"
        << 400 << "bad_request";
    QTest::newRow("URI over 8 KiB") << "GET /healthz?" + QByteArray(9000, 'a')
            + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                                    << 414 << "bad_request";
    QTest::newRow("garbage request line") << QByteArray("HELLO THERE\r\n\r\n") << 400 << "bad_request";
    QTest::newRow("unknown path") << QByteArray("GET /wp-admin HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n") << 404
                                  << "not_found";
    QTest::newRow("wrong method") << QByteArray("DELETE /api/v1/me HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                                  << 405 << "method_not_allowed";
    QTest::newRow("path traversal") << QByteArray(
        "GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                                    << 404 << "not_found";
    // cpp-httplib reads "-5" as an enormous length: refused unread, like any oversized body.
    QTest::newRow("negative content length")
        << QByteArray("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      "Content-Length: -5\r\nConnection: close\r\n\r\n")
        << 413 << "payload_too_large";
}

void TestHttpLimits::answersMalformedRequests()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, code);
    const auto response = exchange(request);
    QCOMPARE(statusOf(response), status);
    QCOMPARE(errorCodeOf(response), code);
}

void TestHttpLimits::refusesDeclaredOversizedBodyBeforeReadingIt()
{
    // Announces 100 MiB but sends none of it: the answer must come from the headers alone.
    const auto response
        = exchange("POST /api/v1/auth/register HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                   "Content-Length: 104857600\r\n\r\n");
    QCOMPARE(statusOf(response), 413);
    QCOMPARE(errorCodeOf(response), QStringLiteral("payload_too_large"));
}

void TestHttpLimits::refusesOversizedChunkedBody()
{
    QByteArray request = "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                         "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
    const QByteArray chunk(4096, 'a');
    for (int i = 0; i < 5; ++i) // 20 KiB against the login route's 8 KiB
        request += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    request += "0\r\n\r\n";
    const auto response = exchange(request);
    QCOMPARE(statusOf(response), 413);
    QCOMPARE(errorCodeOf(response), QStringLiteral("payload_too_large"));
}

void TestHttpLimits::closesIdleConnectionsAfterReadTimeout()
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_server->port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n"); // never finishes the header block
    socket.waitForBytesWritten(1000);
    QDeadlineTimer deadline(10000);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired())
        socket.waitForDisconnected(int(deadline.remainingTime()));
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
}

void TestHttpLimits::bindsToLoopbackByDefault()
{
    // The test config sets no host, so this is the default an operator gets.
    QVERIFY2(m_server->log().contains(QLatin1String("listening on http://127.0.0.1:")), qPrintable(m_server->log()));
}

// The kernel's count of connections dropped because a listen queue was full.
static qint64 listenOverflows()
{
    QFile netstat(QStringLiteral("/proc/net/netstat"));
    if (!netstat.open(QIODevice::ReadOnly))
        return -1;
    const auto lines = netstat.readAll().split('\n');
    for (int i = 0; i + 1 < lines.size(); ++i) {
        if (!lines[i].startsWith("TcpExt:"))
            continue;
        const auto names = lines[i].split(' ');
        const auto values = lines[i + 1].split(' ');
        const auto column = names.indexOf("ListenOverflows");
        return column >= 0 && column < values.size() ? values[column].toLongLong() : -1;
    }
    return -1;
}

void TestHttpLimits::acceptsBurstOfNewConnections()
{
    const auto overflowsBefore = listenOverflows();
    QVERIFY(overflowsBefore >= 0);
    // 40 clients connecting in the same instant overflowed cpp-httplib's fixed backlog of 5
    // (resets and 1 s SYN retries) until HttpServer raised it.
    constexpr int kClients = 40;
    std::vector<int> statuses(kClients, 0);
    std::vector<std::thread> clients;
    const int port = m_server->port();
    for (int i = 0; i < kClients; ++i) {
        clients.emplace_back([&statuses, i, port] {
            httplib::Client client("127.0.0.1", port);
            client.set_connection_timeout(5);
            const auto response = client.Get("/healthz");
            statuses[std::size_t(i)] = response ? response->status : 0;
        });
    }
    for (auto &client : clients)
        client.join();
    QCOMPARE(std::count(statuses.begin(), statuses.end(), 200), kClients);
    QCOMPARE(listenOverflows(), overflowsBefore);
}

void TestHttpLimits::refusesPortAlreadyInUse()
{
    TestServer second({{QStringLiteral("server/port"), QString::number(m_server->port())}});
    QVERIFY(!second.start());
    QVERIFY2(second.log().contains(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(m_server->port())),
             qPrintable(second.log()));
}

void TestHttpLimits::answersBodylessPostWithoutWaitingForABody()
{
    // curl -X POST sends neither Content-Length nor a body; cpp-httplib alone would wait for
    // one until the read timeout (30 s here) and then answer 400.
    TestServer server({{QStringLiteral("server/read_timeout_s"), QStringLiteral("30")}});
    QVERIFY(server.start());
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(server.port()));
    QVERIFY(socket.waitForConnected(5000));
    QElapsedTimer timer;
    timer.start();
    socket.write("POST /api/v1/auth/logout HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QByteArray response;
    while (!isComplete(response) && socket.waitForReadyRead(20000))
        response += socket.readAll();
    QVERIFY2(timer.elapsed() < 10000, "the server waited for a body that was never announced");
    QCOMPARE(statusOf(response), 401);
    QCOMPARE(errorCodeOf(response), QStringLiteral("unauthenticated"));
}

void TestHttpLimits::consumesTheBodyOfARefusedRequest()
{
    // A refused request's body must be read, not taken for the next request on the connection:
    // behind a proxy that reuses connections, that would smuggle requests past it. The parts go
    // out the way a proxy sends them, each after the previous one was handled.
    const QByteArray hidden = "GET /api/v1/me HTTP/1.1\r\nHost: x\r\n\r\n";
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_server->port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /nope HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: "
                 + QByteArray::number(hidden.size()) + "\r\n\r\n");
    socket.waitForBytesWritten(5000);
    QByteArray responses;
    // A server that answers before reading the body answers now; a correct one waits for it.
    if (socket.waitForReadyRead(500))
        responses += socket.readAll();
    socket.write(hidden);
    while (!isComplete(responses) && socket.waitForReadyRead(5000))
        responses += socket.readAll();
    QVERIFY(responses.startsWith("HTTP/1.1 404"));
    // Whatever the body left behind would be answered before this request.
    socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    while (socket.waitForReadyRead(5000))
        responses += socket.readAll();
    QCOMPARE(responses.count("HTTP/1.1 "), 2); // 404 for /nope, 200 for /healthz, nothing else
    QVERIFY(!responses.contains("HTTP/1.1 401"));
    QVERIFY(responses.contains("HTTP/1.1 200"));
}

void TestHttpLimits::boundsMemoryOfAnOversizedChunkedBody()
{
    // Chunked bodies carry no length to refuse up front; 64 MiB against the login route's
    // 8 KiB limit must not be buffered.
    const auto before = m_server->residentKiB();
    QVERIFY(before > 0);
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_server->port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
    const QByteArray chunk = QByteArray::number(1 << 20, 16) + "\r\n" + QByteArray(1 << 20, 'a') + "\r\n";
    for (int i = 0; i < 64 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
        socket.write(chunk);
        socket.waitForBytesWritten(5000);
    }
    QByteArray response;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
        response += socket.readAll();
    response += socket.readAll();
    QCOMPARE(statusOf(response), 413);
    const auto after = m_server->residentKiB();
    QVERIFY2(after - before < 32 * 1024, qPrintable(QStringLiteral("grew by %1 KiB").arg(after - before)));
}

void TestHttpLimits::logsWhatARequestSaysOnOneLine()
{
    // "%0A" decodes to a line break: logged as is, it wrote a complete forged log line.
    const auto forged = QByteArray("2026-12-04T09:00:00.000 info kp.auth: forged");
    exchange("GET /healthz%0A" + forged.toPercentEncoding() + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    exchange("GET /x%0D%0A" + forged.toPercentEncoding() + "\x01 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QTRY_VERIFY(m_server->log().contains(QLatin1String("forged")));
    for (const auto &line : m_server->log().split(QLatin1Char('\n')))
        QVERIFY2(!line.startsWith(QString::fromLatin1(forged)), qPrintable(line));
    QVERIFY2(m_server->log().contains(QLatin1String("\\x0a2026-12-04T09:00:00.000 info kp.auth: forged")),
             qPrintable(m_server->log()));
}

void TestHttpLimits::neverCompressesAnswers()
{
    // BREACH: a compressed answer with a secret in it leaks the secret byte by byte.
    for (const char *encoding : {"gzip", "br", "gzip, deflate, br"}) {
        const auto response = exchange(QByteArray("GET /healthz HTTP/1.1\r\nHost: x\r\nAccept-Encoding: ") + encoding
                                       + "\r\nConnection: close\r\n\r\n");
        QCOMPARE(statusOf(response), 200);
        const auto head = response.left(response.indexOf("\r\n\r\n")).toLower();
        QVERIFY2(!head.contains("content-encoding"), head.constData());
        QVERIFY(head.contains("x-content-type-options: nosniff"));
    }
}

QTEST_GUILESS_MAIN(TestHttpLimits)
#include "tst_http_limits.moc"
