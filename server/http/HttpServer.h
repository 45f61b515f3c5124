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
class ContentReader;
} // namespace httplib

namespace kp::server {

class ClientConnection;
class ConnectionLoop;
class Router;
class UploadSpool;
struct ServerConfig;

// The HTTP server: a ConnectionLoop in front (connections, timeouts, framing, TLS) and
// cpp-httplib's request parser and response writer behind it, on worker threads, for complete
// requests only. Adds what 0.11.4 lacks: per-route body sizes, a header count cap, the API.md
// error shape for everything it refuses, security headers, and one log line per request
// (method, path without query, status, ms), never a header or a body.
//
// Bodies are held in memory up to the largest limit of a route that buffers them (small: 64 KiB
// by default). A route with BodySpec::stream takes larger ones: the loop checks the route, its
// cap (from Content-Length), its media types and the presence of a token before it keeps any
// byte, then writes the body into <data_dir>/tmp, and the handler gets the file.
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
    // Pre-routing: checks what the router cannot (header count, unknown paths), matches the
    // route once for the whole request, and answers bodiless requests at once.
    bool answerBeforeBody(const httplib::Request &request, httplib::Response &response);
    // After the head: reads the body (in memory, or the loop's spool) and dispatches.
    void answerWithBody(const httplib::Request &request, httplib::Response &response,
                        const httplib::ContentReader &reader);
    void dispatchSpooled(const httplib::Request &request, std::string_view body, httplib::Response &response);
    void dispatchUpload(const httplib::Request &request, const UploadSpool &spool, httplib::Response &response);
    // Loop side, before a body too large for memory is read: 0 to stream it to disk, or a status.
    int admitLargeBody(std::string_view head, std::size_t contentLength) const;
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
    std::size_t m_largestBody = 0;   // kept in memory: the largest limit of a buffering route
    std::size_t m_largestStream = 0; // spooled to disk: the largest cap of a streaming route
    std::string m_uploadFolder;
    int m_listeningSocket = -1;
    int m_port = 0;

    std::mutex m_loopMutex;
    ConnectionLoop *m_loop = nullptr;
    bool m_stopRequested = false;
};

} // namespace kp::server
