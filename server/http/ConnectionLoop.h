#pragma once

#include "server/http/ClientConnection.h"
#include "server/http/RequestFramer.h"
#include "server/http/WorkerPool.h"

#include <QHashFunctions>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

using SSL_CTX = struct ssl_ctx_st;

namespace kp::server {

// The server's front: one thread that accepts every connection, reads requests and sends
// answers without blocking (epoll), and a pool of workers that only ever see complete requests.
// cpp-httplib 0.11 alone gives each connection a worker for its whole life, so idle keep-alive
// connections and slow senders (slowloris, slow bodies) starved everyone else; here they cost
// a little memory and no thread. Every connection is bounded in time (a request must arrive
// within the read timeout, however slowly it trickles; an idle one closes after the keep-alive
// timeout) and in memory (head and body limits), and the number of connections is capped, in
// all and per address bucket.
class ConnectionLoop {
public:
    struct Settings {
        int maxConnections = 4096;
        int maxConnectionsPerAddress = 512;
        std::chrono::milliseconds readTimeout {10000};
        std::chrono::milliseconds keepAliveTimeout {5000};
        std::chrono::milliseconds writeTimeout {30000};
        std::size_t maxHeadBytes = 32 * 1024;
        std::size_t maxBodyBytes = 64 * 1024;
        int maxRequestsPerConnection = 1000;
        int workers = 32;
        // Where bodies too large for memory go when `admit` takes them (created by the owner).
        std::string uploadFolder;
    };
    // Runs on a worker: answers the complete request at the start of `connection.in` (`length`
    // bytes), appending the answer to `connection.out` and setting `connection.keepAlive`.
    using Serve = std::function<void(ClientConnection &connection, std::size_t length, bool lastOnConnection)>;
    // Runs on the loop: a complete answer (with "ClientConnection: close") for a request the loop
    // refuses by itself (431, 413, 400); `request` is what had arrived of it.
    using Refuse = std::function<std::string(int status, std::string_view request, const ClientConnection &connection)>;

    // Runs on the loop, for a request whose Content-Length exceeds maxBodyBytes, once its head has
    // arrived and before any of its body is kept: 0 to stream the body into a file in
    // uploadFolder (the worker then finds it in `connection.upload`), or the status to refuse
    // it with unread (413, 415, 401). Without it every such body is refused with 413.
    using Admit = std::function<int(std::string_view head, std::size_t contentLength)>;

    // Takes over `listeningSocket` (bound and listening). `tls` may be null (plain HTTP).
    ConnectionLoop(int listeningSocket, SSL_CTX *tls, Settings settings, Serve serve, Refuse refuse, Admit admit = {});
    ~ConnectionLoop();
    ConnectionLoop(const ConnectionLoop &) = delete;
    ConnectionLoop &operator=(const ConnectionLoop &) = delete;

    // Serves until stop(); then lets running requests finish (up to a grace period) and returns.
    void run();
    // Thread-safe; returns at once.
    void stop();

private:
    void acceptAll();
    void onEvent(ClientConnection *connection, std::uint32_t events);
    void advance(ClientConnection *connection);
    // Frames the next request in the connection's buffer (either thread; pure).
    RequestFrame frameNext(ClientConnection &connection) const;
    std::size_t readLimit() const;
    void handOff(ClientConnection *connection, std::size_t length);
    // A body too large for memory: admitted, it streams to disk from here on; else refused.
    void admitLargeBody(ClientConnection *connection, const RequestFrame &frame);
    // Moves what has arrived of a streamed body to its file; hands the request off when complete.
    void spoolBody(ClientConnection *connection);
    // Worker side: answers the request, then, while its client keeps sending and nobody else
    // waits, the ones that follow at once; then gives the connection back to the loop.
    void serveOnWorker(ClientConnection *connection, std::size_t length);
    // Worker side: the length of a next request that is complete within a moment, or 0.
    std::size_t awaitNextRequest(ClientConnection &connection);
    void takeReturned();
    void afterAnswer(ClientConnection *connection);
    void refuse(ClientConnection *connection, int status);
    void startWriting(ClientConnection *connection);
    // (Re-)registers the connection for the events its state waits for.
    void watch(ClientConnection *connection);
    void close(ClientConnection *connection);
    void expire();
    void beginStopping();

    int m_listeningSocket;
    SSL_CTX *m_tls;
    Settings m_settings;
    Serve m_serve;
    Refuse m_refuse;
    Admit m_admit;
    int m_epoll = -1;
    int m_wake = -1;
    int m_spareFd = -1; // given up to accept and close a connection when out of descriptors
    std::atomic<bool> m_stopRequested {false};
    bool m_stopping = false;
    std::unique_ptr<WorkerPool> m_workers;

    std::unordered_map<ClientConnection *, std::unique_ptr<ClientConnection>> m_connections;
    std::unordered_map<QString, int> m_perAddress;

    std::mutex m_returnedMutex;
    std::vector<ClientConnection *> m_returned;
};

} // namespace kp::server
