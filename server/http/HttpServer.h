#pragma once

#include <cstddef>
#include <memory>
#include <string>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace kp::server {

class Router;
struct ServerConfig;

// cpp-httplib with the limits Debian's 0.11.4 needs from us: per-route body sizes, a header
// count cap, timeouts and a thread pool sized for long-running downloads. Logs one line per
// request (method, path without query, status, ms) and never a header or a body.
class HttpServer {
public:
    HttpServer(const ServerConfig &config, Router &router);
    ~HttpServer();

    // Binds the configured address; false (after logging why) when it cannot.
    bool bind();
    int port() const { return m_port; }
    // Serves until stop() is called from another thread.
    void run();
    void stop();

private:
    void installLimits(const ServerConfig &config);
    void installRoutes();
    // Checks what the router cannot (header count, unknown paths) and hands the rest to it.
    void answer(const httplib::Request &request, const std::string &body, httplib::Response &response);
    static bool declaresBody(const httplib::Request &request);

    // A too-large body is read on and dropped up to this much, then the connection is given up.
    static constexpr std::size_t kMaxDiscardedBytes = 16 * 1024 * 1024;
    void widenBacklog();

    const ServerConfig &m_config;
    Router &m_router;
    std::unique_ptr<httplib::Server> m_server;
    int m_listeningSocket = -1;
    int m_port = 0;
};

} // namespace kp::server
