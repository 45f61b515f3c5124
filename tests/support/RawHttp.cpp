#include "RawHttp.h"

#include <QRegularExpression>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using Clock = std::chrono::steady_clock;

namespace {

// The length of the first complete answer in `raw`, or -1.
qsizetype completeAnswerLength(const QByteArray &raw)
{
    const auto headEnd = raw.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return -1;
    static const QRegularExpression length(QStringLiteral("(?i)\r\nContent-Length: *(\\d+)"));
    const auto match = length.match(QString::fromLatin1(raw.left(headEnd)));
    const qsizetype bodyLength = match.hasMatch() ? match.captured(1).toLongLong() : 0;
    return raw.size() - headEnd - 4 >= bodyLength ? headEnd + 4 + bodyLength : -1;
}

} // namespace

RawConnection::RawConnection(int port, const char *sourceAddress)
{
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in source {};
    source.sin_family = AF_INET;
    inet_pton(AF_INET, sourceAddress, &source.sin_addr);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (m_fd >= 0
        && (::bind(m_fd, reinterpret_cast<const sockaddr *>(&source), sizeof source) != 0
            || ::connect(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0)) {
        ::close(m_fd);
        m_fd = -1;
    }
}

RawConnection::~RawConnection()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool RawConnection::send(const QByteArray &bytes)
{
    for (qsizetype sent = 0; sent < bytes.size();) {
        const auto n = ::send(m_fd, bytes.constData() + sent, std::size_t(bytes.size() - sent), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        sent += n;
    }
    return true;
}

QByteArray RawConnection::readAnswer(std::chrono::milliseconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    for (;;) {
        if (const auto length = completeAnswerLength(m_pending); length >= 0) {
            const auto answer = m_pending.left(length);
            m_pending.remove(0, length);
            return answer;
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        pollfd readable {m_fd, POLLIN, 0};
        if (left <= 0 || ::poll(&readable, 1, int(left)) <= 0)
            return std::exchange(m_pending, {});
        char buffer[16384];
        const auto n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            return std::exchange(m_pending, {});
        m_pending.append(buffer, n);
    }
}

QByteArray RawConnection::exchange(const QByteArray &request, std::chrono::milliseconds timeout)
{
    return send(request) ? readAnswer(timeout) : QByteArray();
}

bool RawConnection::waitForClose(std::chrono::milliseconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        pollfd readable {m_fd, POLLIN, 0};
        if (left <= 0 || ::poll(&readable, 1, int(left)) <= 0)
            return false;
        char buffer[4096];
        if (::recv(m_fd, buffer, sizeof buffer, 0) <= 0)
            return true;
    }
}

RawAnswer RawAnswer::parse(const QByteArray &raw)
{
    RawAnswer answer;
    const auto headEnd = raw.indexOf("\r\n\r\n");
    if (!raw.startsWith("HTTP/1.1 ") || headEnd < 0)
        return answer;
    answer.status = raw.mid(9, 3).toInt();
    for (const auto &line : raw.left(headEnd).split('\n')) {
        const auto colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const auto name = line.left(colon).trimmed().toLower();
        const auto value = QString::fromLatin1(line.mid(colon + 1).trimmed());
        if (name == "retry-after")
            answer.retryAfter = value;
        else if (name == "content-type")
            answer.contentType = value;
    }
    answer.body = raw.mid(headEnd + 4);
    return answer;
}

QByteArray jsonRequest(const char *method, const char *path, const QByteArray &json, bool close)
{
    return QByteArray(method) + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + (close ? "Connection: close\r\n" : "")
        + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" + json;
}
