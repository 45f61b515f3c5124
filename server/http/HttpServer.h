#pragma once

#include "server/http/TlsContext.h"

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace kp::server {

class ClientConnection;
class ConnectionLoop;
class Router;
struct ServerConfig;

// The HTTP server: a ConnectionLoop in front (connections, timeouts, framing, TLS) and
// cpp-httplib's request parser and response writer behind it, on worker threads, for complete
// requests only. Adds what 0.11.4 lacks: per-route body sizes, a header count cap, the API.md
// error shape for everything it refuses, security headers, and one log line per request
// (method, path without query, status, ms), never a header or a body.
class HttpServer {
public:
    HttpServer(const ServerConfig &config, Router &router);
    ~HttpServer();

    // Binds the configured address; false (after logging why) when it cannot.
    bool bind();
    int port() const { return m_port; }
    // Serves until stop() is called from another thread.
    void run();
    // Thread-safe, also before run(): lets running requests finish, then run() returns.
    void stop();

private:
    class Engine;

    void installHandlers();
    // Checks what the router cannot (header count, unknown paths) and hands the rest to it.
    void answer(const httplib::Request &request, const std::string &body, httplib::Response &response);
    static bool declaresBody(const httplib::Request &request);
    // Worker side of the loop: one complete request through cpp-httplib.
    void serve(ClientConnection &connection, std::size_t length, bool lastOnConnection);
    // Loop side: a complete error answer for a request refused before it reached a worker.
    std::string refusal(int status, std::string_view request, const ClientConnection &connection) const;
    int usableConnectionLimit() const;

    const ServerConfig &m_config;
    Router &m_router;
    std::unique_ptr<Engine> m_engine;
    TlsContext m_tls;
    std::size_t m_largestBody = 0;
    int m_listeningSocket = -1;
    int m_port = 0;

    std::mutex m_loopMutex;
    ConnectionLoop *m_loop = nullptr;
    bool m_stopRequested = false;
};

} // namespace kp::server
