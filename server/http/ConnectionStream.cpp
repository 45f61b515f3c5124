#include "server/http/ConnectionStream.h"

#include "server/http/ClientConnection.h"

#include <sys/select.h>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace kp::server {
namespace {

// Beyond this much unsent answer, the worker sends before collecting more (large downloads).
constexpr std::size_t kFlushAbove = 256 * 1024;

} // namespace

ConnectionStream::ConnectionStream(ClientConnection &connection, std::size_t requestLength,
                                   std::chrono::milliseconds writeTimeout)
    : m_connection(connection)
    , m_length(requestLength)
    , m_writeTimeout(writeTimeout)
{
}

bool ConnectionStream::is_readable() const
{
    return m_position < m_length;
}

bool ConnectionStream::is_writable() const
{
    return !m_failed;
}

ssize_t ConnectionStream::read(char *ptr, size_t size)
{
    const auto n = std::min(size, m_length - m_position);
    std::memcpy(ptr, m_connection.in.data() + m_position, n);
    m_position += n;
    return ssize_t(n);
}

ssize_t ConnectionStream::write(const char *ptr, size_t size)
{
    // The loop answered "Expect: 100-continue" already, while the body was on its way.
    if (m_connection.continueSent && std::string_view(ptr, size).starts_with("HTTP/1.1 100 Continue"))
        return ssize_t(size);
    if (m_failed)
        return -1;
    m_connection.out.append(ptr, size);
    if (m_connection.out.size() > kFlushAbove && !m_connection.flushBlocking(m_writeTimeout)) {
        m_failed = true;
        return -1;
    }
    return ssize_t(size);
}

void ConnectionStream::get_remote_ip_and_port(std::string &ip, int &port) const
{
    ip = m_connection.remoteIp();
    port = m_connection.remotePort();
}

void ConnectionStream::get_local_ip_and_port(std::string &ip, int &port) const
{
    ip = m_connection.localIp();
    port = m_connection.localPort();
}

socket_t ConnectionStream::socket() const
{
    return m_connection.fd() < FD_SETSIZE ? m_connection.fd() : 0;
}

} // namespace kp::server
