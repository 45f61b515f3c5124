#pragma once

#include <QString>

#include <memory>
#include <thread>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

// A fake's cpp-httplib server on a free port of 127.0.0.1, serving on its own thread: the part
// every fake in tests/fakes shares. The fake registers its handlers on server() before start().
class LoopbackServer {
public:
    LoopbackServer();
    ~LoopbackServer(); // stops serving and joins the thread
    LoopbackServer(const LoopbackServer &) = delete;
    LoopbackServer &operator=(const LoopbackServer &) = delete;

    httplib::Server &server() { return *m_server; }

    // Binds a free port and serves until stop() or the end; false when it could not.
    bool start();
    // Stops serving (a test's "unreachable service"); the port is closed afterwards.
    void stop();
    QString baseUrl() const; // "http://127.0.0.1:<port>"

private:
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
    int m_port = 0;
};
