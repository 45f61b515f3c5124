#include "client/admin/AdminAccountsApi.h"
#include "client/api/ApiClient.h"
#include "client/auth/AuthApi.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace kp::client;

namespace {

// A loopback HTTP server that keeps the head (request line and headers) of every request it
// gets and answers each with one fixed response: what really went over the wire.
class WireRecorder : public QObject {
public:
    WireRecorder()
    {
        if (!m_server.listen(QHostAddress::LocalHost))
            qFatal("cannot listen on loopback");
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (auto *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    void answer(const QByteArray &response) { m_response = response; }

    QList<QByteArray> heads;

private:
    void serve(QTcpSocket *socket)
    {
        // The body, if any, is not needed: the answer goes out once the head is complete.
        auto received = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, received] {
            if (received->endsWith("\r\n\r\n"))
                return; // answered already
            received->append(socket->readAll());
            const auto end = received->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            received->truncate(end + 4);
            heads.append(received->left(end));
            socket->write(m_response);
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    QTcpServer m_server;
    // An empty page: a valid answer for lists and for routes whose body is not read.
    QByteArray m_response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 12\r\n"
                            "Connection: close\r\n\r\n{\"items\":[]}";
};

// Waits until the call reported; true when it succeeded.
bool waitFor(ApiCall *call)
{
    auto done = std::make_shared<std::optional<bool>>();
    QObject::connect(call, &ApiCall::succeeded, [done] { *done = true; });
    QObject::connect(call, &ApiCall::failed, [done] { *done = false; });
    if (!QTest::qWaitFor([done] { return done->has_value(); }, 10000))
        qFatal("the call never finished");
    return **done;
}

} // namespace

// ApiClient as a server sees it: exact request lines, and which headers reach whom.
class TestApiWire : public QObject {
    Q_OBJECT

private slots:
    void encodesAccountIdsOnceOnTheWire();
    void keepsTheBasePathPrefix();
    void neverCarriesTheTokenToAnotherOrigin_data();
    void neverCarriesTheTokenToAnotherOrigin();
};

void TestApiWire::encodesAccountIdsOnceOnTheWire()
{
    WireRecorder server;
    ApiClient client;
    client.setBaseUrl(server.url());
    client.setToken(QStringLiteral("token"));
    AdminAccountsApi accounts(client);
    QVERIFY(waitFor(accounts.approve(QStringLiteral("x/y z")).call()));
    QVERIFY(waitFor(accounts.reject(QStringLiteral("a?b#c%d"), QStringLiteral("Nein")).call()));
    QCOMPARE(server.heads.size(), 2);
    QVERIFY2(server.heads[0].startsWith("POST /api/v1/admin/accounts/x%2Fy%20z/approve HTTP/1.1\r\n"),
             server.heads[0].constData());
    QVERIFY2(server.heads[1].startsWith("POST /api/v1/admin/accounts/a%3Fb%23c%25d/reject HTTP/1.1\r\n"),
             server.heads[1].constData());
}

void TestApiWire::keepsTheBasePathPrefix()
{
    WireRecorder server;
    ApiClient client;
    client.setBaseUrl(server.url().resolved(QUrl(QStringLiteral("/kunden%20portal/"))));
    QVERIFY(waitFor(AdminAccountsApi(client).accounts(kp::AccountStatus::Pending, QStringLiteral("c/1")).call()));
    QCOMPARE(server.heads.size(), 1);
    QVERIFY2(server.heads[0].startsWith("GET /kunden%20portal/api/v1/admin/accounts?status=pending&cursor=c/1 "),
             server.heads[0].constData());
}

void TestApiWire::neverCarriesTheTokenToAnotherOrigin_data()
{
    QTest::addColumn<int>("status");
    for (const int status : {301, 302, 303, 307, 308})
        QTest::addRow("%d", status) << status;
}

void TestApiWire::neverCarriesTheTokenToAnotherOrigin()
{
    QFETCH(int, status);
    WireRecorder elsewhere; // another port on the same host is another origin
    WireRecorder server;
    server.answer(QStringLiteral("HTTP/1.1 %1 Moved\r\nLocation: %2/api/v1/me\r\nContent-Length: 0\r\n"
                                 "Connection: close\r\n\r\n")
                      .arg(status)
                      .arg(elsewhere.url().toString())
                      .toLatin1());
    ApiClient client;
    client.setBaseUrl(server.url());
    client.setToken(QStringLiteral("secret-session-token"));
    // A followed redirect finishes the call only after the second server answered.
    const bool succeeded = waitFor(AuthApi(client).me().call());
    QCOMPARE(server.heads.size(), 1);
    QVERIFY(server.heads[0].contains("secret-session-token"));
    for (const auto &head : elsewhere.heads) {
        QVERIFY2(!head.contains("secret-session-token"), head.constData());
        QVERIFY2(!head.toLower().contains("\r\nauthorization:"), head.constData());
    }
    QVERIFY(elsewhere.heads.isEmpty());
    QVERIFY(!succeeded);
}

QTEST_GUILESS_MAIN(TestApiWire)
#include "tst_api_wire.moc"
