#pragma once

#include "server/http/UploadSpool.h"

#include <QString>

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

using SSL = struct ssl_st;

namespace kp::server {

// One client connection of the ConnectionLoop: its socket (and TLS session), what has arrived
// and what is still to be sent. Owned by the loop; while a worker serves a request the worker
// has it alone (the loop does not watch it then), so nothing here is locked.
class ClientConnection {
public:
    enum class State {
        Handshaking, // TLS handshake in progress
        Reading,     // waiting for (the rest of) a request, or idle between requests
        InWorker,    // a worker is answering a complete request
        Writing,     // the answer is going out
        Lingering,   // refused: answer sent, reading on and discarding until the client stops
    };
    enum class Io {
        Done,       // did what was asked (read something, sent everything, finished the handshake)
        WouldBlock, // nothing more possible now; wait for the socket
        Closed,     // the peer closed its side
        Failed,
    };
    using TimePoint = std::chrono::steady_clock::time_point;

    ClientConnection(int fd, SSL *ssl, std::string remoteIp, int remotePort, std::string localIp, int localPort,
                     QString addressBucket);
    ~ClientConnection();
    ClientConnection(const ClientConnection &) = delete;
    ClientConnection &operator=(const ClientConnection &) = delete;

    Io handshake();
    // Appends what has arrived to `in`, up to `limit` bytes held in all.
    Io readAvailable(std::size_t limit);
    // Sends as much of `out` as the socket takes without waiting.
    Io sendPending();
    // From a worker: sends all of `out`, waiting for the socket up to `timeout`.
    bool flushBlocking(std::chrono::milliseconds timeout);
    // Ends the sending side after a refusal, so the client sees the answer while we drain.
    void shutdownWrite();
    // Reads and drops whatever arrives.
    Io discardAvailable();
    // True when the last TLS operation needs the socket to become writable.
    bool tlsWantsWrite() const { return m_tlsWantsWrite; }

    int fd() const { return m_fd; }
    bool isTls() const { return m_ssl != nullptr; }
    const std::string &remoteIp() const { return m_remoteIp; }
    int remotePort() const { return m_remotePort; }
    const std::string &localIp() const { return m_localIp; }
    int localPort() const { return m_localPort; }
    const QString &addressBucket() const { return m_addressBucket; }

    std::string in;
    std::string out;
    State state = State::Reading;
    TimePoint deadline;
    int requestsServed = 0;
    bool requestStarted = false; // bytes of the next request have arrived
    bool keepAlive = true;       // the connection stays open after the current answer
    bool lingerAfterWrite = false;
    bool continueSent = false; // "100 Continue" went out for the current request
    bool peerClosed = false;
    bool watched = false; // registered with the loop's epoll
    // A body on its way to disk (a streaming route): the head stays in `in`, `uploadHeadLength`
    // bytes of it; the body goes to the spool. Dropped, and its file removed, with the request.
    std::unique_ptr<UploadSpool> upload;
    std::size_t uploadHeadLength = 0;

private:
    Io tlsResult(int result);
    ssize_t receive(char *buffer, std::size_t size, Io &status);

    int m_fd;
    SSL *m_ssl;
    std::string m_remoteIp;
    int m_remotePort;
    std::string m_localIp;
    int m_localPort;
    QString m_addressBucket;
    bool m_tlsWantsWrite = false;
};

} // namespace kp::server
