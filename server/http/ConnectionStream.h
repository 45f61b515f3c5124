#pragma once

#include <httplib.h>

#include <chrono>

namespace kp::server {

class ClientConnection;

// cpp-httplib's view of one complete request on a ClientConnection: reads come from the bytes the
// loop framed (never from the socket, so a worker never waits for a client), writes collect the
// answer in the connection's output, flushed early only when it grows large.
class ConnectionStream : public httplib::Stream {
public:
    ConnectionStream(ClientConnection &connection, std::size_t requestLength, std::chrono::milliseconds writeTimeout);

    bool is_readable() const override;
    bool is_writable() const override;
    ssize_t read(char *ptr, size_t size) override;
    ssize_t write(const char *ptr, size_t size) override;
    void get_remote_ip_and_port(std::string &ip, int &port) const override;
    void get_local_ip_and_port(std::string &ip, int &port) const override;
    // Only compared against FD_SETSIZE by cpp-httplib (which then refuses with 500); the socket
    // is the loop's, and nothing here selects on it.
    socket_t socket() const override;

private:
    ClientConnection &m_connection;
    std::size_t m_length;
    std::size_t m_position = 0;
    std::chrono::milliseconds m_writeTimeout;
    bool m_failed = false;
};

} // namespace kp::server
