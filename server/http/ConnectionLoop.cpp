#include "server/http/ConnectionLoop.h"

#include "server/security/AddressBucket.h"

#include <openssl/ssl.h>

#include <QLoggingCategory>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

Q_LOGGING_CATEGORY(lcConnections, "kp.http")

namespace kp::server {
namespace {

using SteadyClock = std::chrono::steady_clock;

// epoll's user data for the two descriptors that are not connections.
char listeningTag;
char wakeTag;

// After a refusal, how long we read on (and drop) what the client still sends, so that it sees
// our answer instead of a reset; nginx's lingering_timeout.
constexpr auto kLingerTime = std::chrono::seconds(5);
// On stop, how long running requests may take to finish and their answers to go out.
constexpr auto kStopGrace = std::chrono::seconds(10);
constexpr auto kExpiryInterval = std::chrono::milliseconds(100);
// A busy client sends its next request within microseconds of the answer: a worker waits this
// long for it before handing the connection back to the loop (two thread switches saved per
// request), at most this many requests in a row, and never while other work waits.
constexpr int kAwaitNextRequestMs = 2;
constexpr int kMaxRequestsInARow = 64;

void peerName(const sockaddr_storage &address, std::string &ip, int &port)
{
    char text[INET6_ADDRSTRLEN] = {};
    if (address.ss_family == AF_INET6) {
        const auto &v6 = reinterpret_cast<const sockaddr_in6 &>(address);
        inet_ntop(AF_INET6, &v6.sin6_addr, text, sizeof text);
        port = ntohs(v6.sin6_port);
    } else {
        const auto &v4 = reinterpret_cast<const sockaddr_in &>(address);
        inet_ntop(AF_INET, &v4.sin_addr, text, sizeof text);
        port = ntohs(v4.sin_port);
    }
    ip = text;
}

} // namespace

ConnectionLoop::ConnectionLoop(int listeningSocket, SSL_CTX *tls, Settings settings, Serve serve, Refuse refuse,
                               Admit admit)
    : m_listeningSocket(listeningSocket)
    , m_tls(tls)
    , m_settings(std::move(settings))
    , m_serve(std::move(serve))
    , m_refuse(std::move(refuse))
    , m_admit(std::move(admit))
    , m_epoll(epoll_create1(EPOLL_CLOEXEC))
    , m_wake(eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC))
    , m_spareFd(::open("/dev/null", O_RDONLY | O_CLOEXEC))
{
    ::fcntl(m_listeningSocket, F_SETFL, ::fcntl(m_listeningSocket, F_GETFL) | O_NONBLOCK);
    epoll_event listening {EPOLLIN, {&listeningTag}};
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_listeningSocket, &listening);
    epoll_event wake {EPOLLIN, {&wakeTag}};
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &wake);
}

ConnectionLoop::~ConnectionLoop()
{
    m_workers.reset();
    m_connections.clear();
    for (const int fd : {m_listeningSocket, m_epoll, m_wake, m_spareFd})
        if (fd >= 0)
            ::close(fd);
}

void ConnectionLoop::stop()
{
    m_stopRequested = true;
    const std::uint64_t one = 1;
    [[maybe_unused]] const auto written = ::write(m_wake, &one, sizeof one);
}

void ConnectionLoop::run()
{
    m_workers = std::make_unique<WorkerPool>(m_settings.workers);
    auto lastExpiry = SteadyClock::now();
    SteadyClock::time_point stopDeadline;
    epoll_event events[256];
    for (;;) {
        const int count = epoll_wait(m_epoll, events, 256, int(kExpiryInterval.count()));
        for (int i = 0; i < count; ++i) {
            auto *tag = events[i].data.ptr;
            if (tag == &listeningTag) {
                acceptAll();
            } else if (tag == &wakeTag) {
                std::uint64_t value = 0;
                [[maybe_unused]] const auto read = ::read(m_wake, &value, sizeof value);
                takeReturned();
            } else {
                auto *connection = static_cast<ClientConnection *>(tag);
                // An earlier event of this round may have closed it.
                if (m_connections.count(connection))
                    onEvent(connection, events[i].events);
            }
        }
        const auto now = SteadyClock::now();
        if (now - lastExpiry >= kExpiryInterval) {
            lastExpiry = now;
            expire();
        }
        if (m_stopRequested && !m_stopping) {
            beginStopping();
            stopDeadline = now + kStopGrace;
        }
        if (m_stopping && (m_connections.empty() || now >= stopDeadline))
            break;
    }
    // Workers still busy past the grace period finish their request before the pool joins.
    m_workers.reset();
    m_connections.clear();
}

void ConnectionLoop::beginStopping()
{
    m_stopping = true;
    epoll_ctl(m_epoll, EPOLL_CTL_DEL, m_listeningSocket, nullptr);
    ::close(m_listeningSocket);
    m_listeningSocket = -1;
    // Connections between requests close now; running requests finish and are answered.
    std::vector<ClientConnection *> idle;
    for (const auto &[pointer, connection] : m_connections)
        if (connection->state == ClientConnection::State::Reading
            || connection->state == ClientConnection::State::Handshaking)
            idle.push_back(pointer);
    for (auto *connection : idle)
        close(connection);
}

void ConnectionLoop::acceptAll()
{
    for (;;) {
        sockaddr_storage address {};
        socklen_t length = sizeof address;
        const int fd
            = accept4(m_listeningSocket, reinterpret_cast<sockaddr *>(&address), &length, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            if ((errno == EMFILE || errno == ENFILE) && m_spareFd >= 0) {
                // Out of descriptors: the waiting client would make epoll report the listening
                // socket again and again. Accept it with the spare descriptor and close it.
                ::close(m_spareFd);
                const int refused = ::accept(m_listeningSocket, nullptr, nullptr);
                if (refused >= 0)
                    ::close(refused);
                m_spareFd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
                qCWarning(lcConnections) << "out of file descriptors; refused a connection";
                continue;
            }
            return; // EAGAIN: accepted everything that waited
        }
        std::string remoteIp;
        int remotePort = 0;
        peerName(address, remoteIp, remotePort);
        const auto bucket = addressBucket(QString::fromStdString(remoteIp));
        auto &fromAddress = m_perAddress[bucket];
        if (int(m_connections.size()) >= m_settings.maxConnections
            || fromAddress >= m_settings.maxConnectionsPerAddress) {
            ::close(fd);
            if (fromAddress == 0)
                m_perAddress.erase(bucket);
            continue;
        }
        ++fromAddress;
        const int on = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
        sockaddr_storage local {};
        socklen_t localLength = sizeof local;
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &localLength);
        std::string localIp;
        int localPort = 0;
        peerName(local, localIp, localPort);

        SSL *ssl = nullptr;
        if (m_tls) {
            ssl = SSL_new(m_tls);
            SSL_set_fd(ssl, fd);
        }
        auto connection = std::make_unique<ClientConnection>(fd, ssl, std::move(remoteIp), remotePort,
                                                             std::move(localIp), localPort, bucket);
        connection->state = ssl ? ClientConnection::State::Handshaking : ClientConnection::State::Reading;
        connection->deadline = SteadyClock::now() + m_settings.readTimeout;
        auto *pointer = connection.get();
        m_connections.emplace(pointer, std::move(connection));
        watch(pointer);
    }
}

void ConnectionLoop::watch(ClientConnection *connection)
{
    std::uint32_t interest = 0;
    switch (connection->state) {
    case ClientConnection::State::Writing:
        interest = EPOLLOUT;
        break;
    case ClientConnection::State::InWorker:
        return;
    default:
        interest = EPOLLIN;
        // A "100 Continue" that did not fit the socket at once is still to be sent.
        if (!connection->out.empty())
            interest |= EPOLLOUT;
        break;
    }
    if (connection->tlsWantsWrite())
        interest |= EPOLLOUT;
    epoll_event event {interest, {connection}};
    epoll_ctl(m_epoll, connection->watched ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, connection->fd(), &event);
    connection->watched = true;
}

void ConnectionLoop::close(ClientConnection *connection)
{
    if (connection->watched)
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, connection->fd(), nullptr);
    const auto bucket = connection->addressBucket();
    if (const auto found = m_perAddress.find(bucket); found != m_perAddress.end() && --found->second <= 0)
        m_perAddress.erase(found);
    m_connections.erase(connection);
}

void ConnectionLoop::onEvent(ClientConnection *connection, std::uint32_t events)
{
    using State = ClientConnection::State;
    using Io = ClientConnection::Io;
    switch (connection->state) {
    case State::Handshaking: {
        const auto status = connection->handshake();
        if (status == Io::Failed || status == Io::Closed)
            return close(connection);
        if (status == Io::WouldBlock)
            return watch(connection);
        connection->state = State::Reading;
        [[fallthrough]];
    }
    case State::Reading: {
        if ((events & EPOLLOUT) && !connection->out.empty() && connection->sendPending() == Io::Failed)
            return close(connection);
        const auto limit = readLimit();
        const bool wasEmpty = connection->in.empty();
        const auto status = connection->readAvailable(limit);
        if (status == Io::Failed)
            return close(connection);
        if (status == Io::Closed)
            connection->peerClosed = true;
        if (wasEmpty && !connection->in.empty() && !connection->requestStarted) {
            // The request must be complete within the read timeout, however slowly it comes.
            connection->requestStarted = true;
            connection->deadline = SteadyClock::now() + m_settings.readTimeout;
        }
        advance(connection);
        if (m_connections.count(connection) && connection->state == State::Reading) {
            if (connection->peerClosed)
                return close(connection); // nothing complete will come any more
            watch(connection);
        }
        return;
    }
    case State::Writing: {
        const auto status = connection->sendPending();
        if (status == Io::Failed || status == Io::Closed)
            return close(connection);
        if (status == Io::WouldBlock)
            return watch(connection);
        return afterAnswer(connection);
    }
    case State::Lingering: {
        const auto status = connection->discardAvailable();
        if (status != Io::WouldBlock)
            close(connection);
        return;
    }
    case State::InWorker:
        return;
    }
}

std::size_t ConnectionLoop::readLimit() const
{
    return m_settings.maxHeadBytes + 8 * m_settings.maxBodyBytes + 64 * 1024;
}

RequestFrame ConnectionLoop::frameNext(ClientConnection &connection) const
{
    auto &in = connection.in;
    // RFC 9112 2.2: empty lines before a request line are ignored.
    std::size_t blank = 0;
    while (in.size() >= blank + 2 && in.compare(blank, 2, "\r\n") == 0)
        blank += 2;
    in.erase(0, blank);
    if (in.empty())
        return {};
    auto frame = frameRequest(in, m_settings.maxHeadBytes, m_settings.maxBodyBytes);
    if (frame.kind == RequestFrame::Incomplete && in.size() >= readLimit())
        frame.kind = RequestFrame::BodyTooLarge; // chunk framing far beyond any body we take
    return frame;
}

void ConnectionLoop::advance(ClientConnection *connection)
{
    if (connection->upload)
        return spoolBody(connection);
    if (connection->in.empty())
        return;
    const auto frame = frameNext(*connection);
    switch (frame.kind) {
    case RequestFrame::Incomplete:
        if (frame.expectsContinue && !connection->continueSent) {
            connection->continueSent = true;
            connection->out += "HTTP/1.1 100 Continue\r\n\r\n";
            connection->sendPending();
        }
        return;
    case RequestFrame::Complete:
        return handOff(connection, frame.length);
    case RequestFrame::HeadTooLarge:
        return refuse(connection, 431);
    case RequestFrame::BodyTooLarge:
        return admitLargeBody(connection, frame);
    case RequestFrame::Malformed:
        return refuse(connection, 400);
    }
}

void ConnectionLoop::admitLargeBody(ClientConnection *connection, const RequestFrame &frame)
{
    if (!m_admit || frame.headLength == 0)
        return refuse(connection, 413); // chunked, or an unreadable length
    const auto head = std::string_view(connection->in).substr(0, frame.headLength);
    if (const int status = m_admit(head, frame.contentLength); status != 0)
        return refuse(connection, status);
    connection->upload = UploadSpool::create(m_settings.uploadFolder, frame.contentLength);
    if (!connection->upload)
        return refuse(connection, 503);
    connection->uploadHeadLength = frame.headLength;
    if (frame.expectsContinue && !connection->continueSent) {
        connection->continueSent = true;
        connection->out += "HTTP/1.1 100 Continue\r\n\r\n";
        connection->sendPending();
    }
    spoolBody(connection);
}

// Writes happen on the loop thread: they go to the page cache and cost about what the read
// before them did; a disk too slow for that would show in every connection's latency.
void ConnectionLoop::spoolBody(ClientConnection *connection)
{
    auto &upload = *connection->upload;
    const auto headLength = connection->uploadHeadLength;
    const auto take = std::min(connection->in.size() - headLength, upload.missing());
    if (take > 0) {
        if (!upload.append(connection->in.data() + headLength, take))
            return refuse(connection, 503);
        connection->in.erase(headLength, take);
        // A large body may take longer than the read timeout in all; it must not stall for one.
        connection->deadline = SteadyClock::now() + m_settings.readTimeout;
    }
    if (upload.missing() == 0) {
        upload.finish();
        handOff(connection, headLength);
    }
}

void ConnectionLoop::handOff(ClientConnection *connection, std::size_t length)
{
    epoll_ctl(m_epoll, EPOLL_CTL_DEL, connection->fd(), nullptr);
    connection->watched = false;
    connection->state = ClientConnection::State::InWorker;
    m_workers->enqueue([this, connection, length] { serveOnWorker(connection, length); });
}

void ConnectionLoop::serveOnWorker(ClientConnection *connection, std::size_t length)
{
    for (int inARow = 1;; ++inARow) {
        const bool last = m_stopRequested || connection->peerClosed
            || connection->requestsServed + 1 >= m_settings.maxRequestsPerConnection;
        m_serve(*connection, length, last);
        ++connection->requestsServed;
        connection->continueSent = false;
        // Most answers fit the socket buffer: sent from here, the loop only has to listen again.
        if (connection->sendPending() == ClientConnection::Io::Failed)
            connection->keepAlive = false;
        if (!connection->keepAlive || !connection->out.empty() || inARow >= kMaxRequestsInARow
            || m_workers->hasWaitingWork())
            break;
        length = awaitNextRequest(*connection);
        if (length == 0)
            break;
    }
    {
        const std::lock_guard lock(m_returnedMutex);
        m_returned.push_back(connection);
    }
    const std::uint64_t one = 1;
    [[maybe_unused]] const auto written = ::write(m_wake, &one, sizeof one);
}

std::size_t ConnectionLoop::awaitNextRequest(ClientConnection &connection)
{
    auto frame = frameNext(connection);
    if (frame.kind == RequestFrame::Incomplete && !frame.expectsContinue) {
        pollfd readable {connection.fd(), POLLIN, 0};
        if (::poll(&readable, 1, kAwaitNextRequestMs) <= 0)
            return 0;
        const auto status = connection.readAvailable(readLimit());
        if (status == ClientConnection::Io::Closed)
            connection.peerClosed = true;
        if (status == ClientConnection::Io::Failed)
            return 0; // the loop finds out again and closes
        frame = frameNext(connection);
    }
    // Anything but a complete request (too large, malformed, still arriving) the loop handles.
    return frame.kind == RequestFrame::Complete ? frame.length : 0;
}

void ConnectionLoop::takeReturned()
{
    std::vector<ClientConnection *> returned;
    {
        const std::lock_guard lock(m_returnedMutex);
        returned.swap(m_returned);
    }
    for (auto *connection : returned) {
        if (!connection->out.empty())
            startWriting(connection);
        else
            afterAnswer(connection);
    }
}

void ConnectionLoop::startWriting(ClientConnection *connection)
{
    connection->state = ClientConnection::State::Writing;
    connection->deadline = SteadyClock::now() + m_settings.writeTimeout;
    watch(connection);
}

void ConnectionLoop::afterAnswer(ClientConnection *connection)
{
    if (connection->lingerAfterWrite) {
        connection->shutdownWrite();
        connection->state = ClientConnection::State::Lingering;
        connection->deadline = SteadyClock::now() + kLingerTime;
        return watch(connection);
    }
    if (!connection->keepAlive || m_stopping)
        return close(connection);
    connection->state = ClientConnection::State::Reading;
    connection->requestStarted = !connection->in.empty();
    connection->deadline
        = SteadyClock::now() + (connection->requestStarted ? m_settings.readTimeout : m_settings.keepAliveTimeout);
    if (connection->in.capacity() > 64 * 1024 && connection->in.empty())
        std::string().swap(connection->in);
    watch(connection);
    advance(connection); // a pipelined request may be here already
}

void ConnectionLoop::refuse(ClientConnection *connection, int status)
{
    connection->upload.reset(); // removes what was spooled of the refused body
    connection->out += m_refuse(status, std::string_view(connection->in).substr(0, 512), *connection);
    std::string().swap(connection->in);
    connection->keepAlive = false;
    connection->lingerAfterWrite = true;
    if (connection->sendPending() == ClientConnection::Io::Failed)
        return close(connection);
    if (connection->out.empty())
        return afterAnswer(connection);
    startWriting(connection);
}

void ConnectionLoop::expire()
{
    const auto now = SteadyClock::now();
    std::vector<ClientConnection *> expired;
    for (const auto &[pointer, connection] : m_connections)
        if (connection->state != ClientConnection::State::InWorker && now >= connection->deadline)
            expired.push_back(pointer);
    for (auto *connection : expired)
        close(connection);
}

} // namespace kp::server
