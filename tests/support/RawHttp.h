#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>

// HTTP/1.1 over a plain socket, for tests that need what a client library hides: a connection
// opened well before its request, bytes sent slowly or never, and a chosen source address on
// loopback (127.0.0.0/8 is all ours), so one test machine can play many clients.
class RawConnection {
public:
    // Connects to 127.0.0.1:port from `sourceAddress` (any 127.x.y.z).
    explicit RawConnection(int port, const char *sourceAddress = "127.0.0.1");
    ~RawConnection();
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_fd >= 0; }
    // Sends all of `bytes`; false when the server closed or reset the connection.
    bool send(const QByteArray &bytes);
    // Sends the request and returns everything until one complete answer (by Content-Length),
    // the server closes the connection, or the timeout.
    QByteArray exchange(const QByteArray &request, std::chrono::milliseconds timeout);
    QByteArray readAnswer(std::chrono::milliseconds timeout);
    // True when the server has closed the connection (reads end) within the timeout.
    bool waitForClose(std::chrono::milliseconds timeout);

private:
    int m_fd = -1;
    QByteArray m_pending; // bytes past the last answer
};

struct RawAnswer {
    int status = 0; // 0: no (complete) HTTP answer
    QString retryAfter;
    QString contentType;
    QByteArray body;

    static RawAnswer parse(const QByteArray &raw);
};

// A complete request with a JSON body ("Connection: keep-alive" unless `close`).
QByteArray jsonRequest(const char *method, const char *path, const QByteArray &json, bool close = false);
