#include "server/http/ClientConnection.h"

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

namespace kp::server {

ClientConnection::ClientConnection(int fd, SSL *ssl, std::string remoteIp, int remotePort, std::string localIp,
                                   int localPort, QString addressBucket)
    : m_fd(fd)
    , m_ssl(ssl)
    , m_remoteIp(std::move(remoteIp))
    , m_remotePort(remotePort)
    , m_localIp(std::move(localIp))
    , m_localPort(localPort)
    , m_addressBucket(std::move(addressBucket))
{
}

ClientConnection::~ClientConnection()
{
    if (m_ssl) {
        // Best effort: a close_notify if the socket takes it now, never a wait.
        if (state != State::Handshaking)
            SSL_shutdown(m_ssl);
        SSL_free(m_ssl);
        ERR_clear_error();
    }
    ::close(m_fd);
}

ClientConnection::Io ClientConnection::tlsResult(int result)
{
    m_tlsWantsWrite = false;
    switch (SSL_get_error(m_ssl, result)) {
    case SSL_ERROR_WANT_READ:
        return Io::WouldBlock;
    case SSL_ERROR_WANT_WRITE:
        m_tlsWantsWrite = true;
        return Io::WouldBlock;
    case SSL_ERROR_ZERO_RETURN:
        return Io::Closed;
    default:
        ERR_clear_error();
        return Io::Failed;
    }
}

ClientConnection::Io ClientConnection::handshake()
{
    const int result = SSL_accept(m_ssl);
    return result == 1 ? Io::Done : tlsResult(result);
}

ssize_t ClientConnection::receive(char *buffer, std::size_t size, Io &status)
{
    if (m_ssl) {
        const int n = SSL_read(m_ssl, buffer, int(size));
        if (n <= 0)
            status = tlsResult(n);
        return n;
    }
    const auto n = ::recv(m_fd, buffer, size, 0);
    if (n == 0)
        status = Io::Closed;
    else if (n < 0)
        status = errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR ? Io::WouldBlock : Io::Failed;
    return n;
}

ClientConnection::Io ClientConnection::readAvailable(std::size_t limit)
{
    bool readSomething = false;
    char buffer[16 * 1024];
    while (in.size() < limit) {
        Io status = Io::Done;
        const auto wanted = std::min(sizeof buffer, limit - in.size());
        const auto n = receive(buffer, wanted, status);
        if (n <= 0)
            return status == Io::WouldBlock && readSomething ? Io::Done : status;
        in.append(buffer, std::size_t(n));
        readSomething = true;
        // A short read of a plain socket drained it; asking again would only hear EAGAIN (one
        // system call per request saved). TLS reads stop at record ends, so they go on.
        if (!m_ssl && std::size_t(n) < wanted)
            break;
    }
    return Io::Done;
}

ClientConnection::Io ClientConnection::discardAvailable()
{
    char buffer[16 * 1024];
    for (;;) {
        Io status = Io::Done;
        if (receive(buffer, sizeof buffer, status) <= 0)
            return status;
    }
}

ClientConnection::Io ClientConnection::sendPending()
{
    std::size_t sent = 0;
    Io status = Io::Done;
    while (sent < out.size()) {
        if (m_ssl) {
            const int n = SSL_write(m_ssl, out.data() + sent, int(std::min<std::size_t>(out.size() - sent, 1 << 30)));
            if (n <= 0) {
                status = tlsResult(n);
                break;
            }
            sent += std::size_t(n);
        } else {
            const auto n = ::send(m_fd, out.data() + sent, out.size() - sent, MSG_NOSIGNAL);
            if (n < 0) {
                status = errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR ? Io::WouldBlock : Io::Failed;
                break;
            }
            sent += std::size_t(n);
        }
    }
    out.erase(0, sent);
    if (out.empty() && out.capacity() > 256 * 1024)
        std::string().swap(out);
    return status;
}

bool ClientConnection::flushBlocking(std::chrono::milliseconds timeout)
{
    const auto giveUpAt = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        const auto status = sendPending();
        if (status == Io::Done)
            return true;
        if (status != Io::WouldBlock)
            return false;
        const auto left
            = std::chrono::duration_cast<std::chrono::milliseconds>(giveUpAt - std::chrono::steady_clock::now());
        pollfd ready {m_fd, short(m_ssl && !m_tlsWantsWrite ? POLLIN | POLLOUT : POLLOUT), 0};
        if (left.count() <= 0 || ::poll(&ready, 1, int(left.count())) <= 0)
            return false;
    }
}

void ClientConnection::shutdownWrite()
{
    if (m_ssl)
        SSL_shutdown(m_ssl);
    ::shutdown(m_fd, SHUT_WR);
}

} // namespace kp::server
