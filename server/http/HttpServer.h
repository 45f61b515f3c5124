#pragma once

#include <memory>

namespace httplib {
class Server;
}

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
    void widenBacklog();

    const ServerConfig &m_config;
    Router &m_router;
    std::unique_ptr<httplib::Server> m_server;
    int m_listeningSocket = -1;
    int m_port = 0;
};

} // namespace kp::server
