#pragma once

#include <QString>

#include <memory>
#include <thread>

namespace httplib {
class Server;
} // namespace httplib

// The part every fake shares: a cpp-httplib server on a free 127.0.0.1 port, serving on a thread
// of its own. The owning fake registers its routes on http() before start(), and calls stop() first
// thing in its destructor, so no handler runs while the fake's other members are destroyed.
class LoopbackServer {
public:
    LoopbackServer();
    ~LoopbackServer(); // stop()s, if the owner has not
    LoopbackServer(const LoopbackServer &) = delete;
    LoopbackServer &operator=(const LoopbackServer &) = delete;

    httplib::Server &http() { return *m_server; }
    // Binds a free port and serves until stop(); false when it could not.
    bool start();
    // Stops serving and joins the thread; requests in progress finish first.
    void stop();
    QString baseUrl() const; // "http://127.0.0.1:<port>"

private:
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
    int m_port = 0;
};
