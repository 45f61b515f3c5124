#include "server/http/HttpServer.h"

#include "server/config/ServerConfig.h"
#include "server/core/LogSafe.h"
#include "server/http/ClientConnection.h"
#include "server/http/ConnectionLoop.h"
#include "server/http/ConnectionStream.h"
#include "server/http/RequestFramer.h"
#include "server/http/Router.h"
#include "server/http/UploadSpool.h"

#include <httplib.h>

#include <QJsonDocument>
#include <QLoggingCategory>

#include <netdb.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <limits>
#include <set>

Q_LOGGING_CATEGORY(lcHttp, "kp.http")

namespace kp::server {
namespace {

using Milliseconds = std::chrono::duration<double, std::milli>;

// Set where a request starts on its worker and read by the logger: cpp-httplib handles a
// request from routing to logging on one thread.
thread_local std::chrono::steady_clock::time_point requestStart;

// What one request carries from its head to its answer on the worker: the route matched once
// (pre-routing), and the body the loop spooled to disk, if it did.
struct InFlight {
    Router::Match match;
    const UploadSpool *upload = nullptr;
};
thread_local InFlight *inFlight = nullptr;

// Room for a request line of 8 KiB (cpp-httplib answers 414 beyond) and the usual headers;
// nginx's default (4 × 8k) is the same.
constexpr std::size_t kMaxHeadBytes = 32 * 1024;
// Requests on one keep-alive connection before it is closed (as nginx's keepalive_requests).
constexpr int kMaxRequestsPerConnection = 1000;

const char *reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 503:
        return "Service Unavailable";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

// "POST /api/v1/auth/login" of what arrived, for the log; the query is left out as everywhere.
std::string requestLineForLog(std::string_view request)
{
    const auto lineEnd = request.find_first_of("\r\n");
    const auto line = request.substr(0, std::min<std::size_t>(lineEnd, 200));
    const auto method = line.substr(0, line.find(' '));
    auto target = line.size() > method.size() ? line.substr(method.size() + 1) : std::string_view();
    target = target.substr(0, target.find_first_of(" ?"));
    return std::string(method) + ' ' + std::string(target);
}

} // namespace

// cpp-httplib's parser and writer, reachable for one request at a time: process_request() is
// the protected piece between its socket loop (which we replace) and its routing (which we keep).
class HttpServer::Engine : public httplib::Server {
public:
    Engine()
    {
        // cpp-httplib stops streaming a content provider's answer once it thinks the server is
        // shutting down, which it reads from its own listening socket being unset. Ours is the
        // loop's; this value is only ever compared, never used as a descriptor.
        svr_sock_ = kNotShuttingDown;
    }

    bool processRequest(httplib::Stream &stream, bool closeConnection, bool &connectionClosed)
    {
        return process_request(stream, closeConnection, connectionClosed, {});
    }

private:
    static constexpr socket_t kNotShuttingDown = std::numeric_limits<int>::max();
};

HttpServer::HttpServer(const ServerConfig &config, Router &router)
    : m_config(config)
    , m_router(router)
    , m_engine(std::make_unique<Engine>())
{
    for (const auto &route : m_router.routes()) {
        const auto &body = route.spec.body;
        auto &largest = body.kind == BodySpec::Kind::Stream ? m_largestStream : m_largestBody;
        largest = std::max(largest, body.maxBytes);
    }
    if (m_largestStream > 0) {
        m_uploadFolder = (m_config.dataDir + QStringLiteral("/tmp")).toStdString();
        UploadSpool::prepareFolder(m_uploadFolder);
    }
    installHandlers();
}

HttpServer::~HttpServer()
{
    if (m_listeningSocket >= 0)
        ::close(m_listeningSocket);
}

void HttpServer::installHandlers()
{
    auto &server = *m_engine;
    // Only for the Keep-Alive header cpp-httplib writes; the loop enforces both.
    server.set_keep_alive_timeout(m_config.keepAliveTimeoutS);
    server.set_keep_alive_max_count(kMaxRequestsPerConnection);
    // Bodies announced with Content-Length beyond this are refused unread (the loop refuses
    // them earlier still).
    server.set_payload_max_length(std::max(m_largestBody, m_largestStream));
    httplib::Headers securityHeaders {{"X-Content-Type-Options", "nosniff"}};
    if (m_config.tlsEnabled())
        securityHeaders.emplace("Strict-Transport-Security", "max-age=31536000");
    server.set_default_headers(securityHeaders);

    server.set_pre_routing_handler([this](const httplib::Request &request, httplib::Response &response) {
        // cpp-httplib 0.11 compresses an answer whenever the client accepts gzip or br, with no
        // switch to turn it off. Compressing answers that carry secrets (session tokens) beside
        // text an attacker can choose is BREACH; our answers are small JSON that gain little.
        // The request object is the parser's own, not const: forgetting the header is the one
        // lever 0.11.4 leaves.
        auto &parsed = const_cast<httplib::Request &>(request);
        parsed.headers.erase("Accept-Encoding");
        // cpp-httplib would cut any answer to a Range itself, JSON included; ReplyWriter applies
        // Range to files only, from the header.
        parsed.ranges.clear();
        return answerBeforeBody(request, response) ? httplib::Server::HandlerResponse::Handled
                                                   : httplib::Server::HandlerResponse::Unhandled;
    });

    // Errors cpp-httplib answers by itself (400, 413, 414, …) get our error shape too.
    server.set_error_handler([](const httplib::Request &, httplib::Response &response) {
        if (!response.body.empty())
            return;
        const auto code = response.status == 413 ? ErrorCode::PayloadTooLarge
            : response.status == 404             ? ErrorCode::NotFound
            : response.status >= 500             ? ErrorCode::Internal
                                                 : ErrorCode::BadRequest;
        const int status = response.status;
        Router::writeError(response, DomainError(code, QStringLiteral("The request could not be handled.")));
        response.status = status;
    });

    server.set_logger([](const httplib::Request &request, const httplib::Response &response) {
        const auto elapsed = Milliseconds(std::chrono::steady_clock::now() - requestStart);
        // The path is decoded: "%0A" in a URL is a real line break here, escaped by logSafe.
        qCInfo(lcHttp).noquote() << logSafe(QString::fromStdString(request.method), 16)
                                 << logSafe(QString::fromStdString(request.path)) << response.status
                                 << QString::number(elapsed.count(), 'f', 1) + QStringLiteral("ms");
    });

    // One catch-all per body method: every body is read here, with the matched route's limit.
    const auto readThenAnswer
        = [this](const httplib::Request &request, httplib::Response &response, const httplib::ContentReader &reader) {
              answerWithBody(request, response, reader);
          };
    const auto everything = std::string(".*");
    server.Post(everything, readThenAnswer);
    server.Put(everything, readThenAnswer);
    server.Patch(everything, readThenAnswer);
    server.Delete(everything, readThenAnswer);
}

bool HttpServer::answerBeforeBody(const httplib::Request &request, httplib::Response &response)
{
    // 0.11.4 parses any number of header lines; refuse requests that abuse that.
    if (request.headers.size() > std::size_t(m_config.maxHeaderCount)) {
        Router::writeError(response,
                           DomainError(ErrorCode::HeadersTooLarge, QStringLiteral("Too many header fields.")));
        return true;
    }
    auto &match = inFlight->match;
    match = m_router.match(request.method, request.path);
    if (!match.route) {
        // The body, if any, is in the connection's buffer already and goes with the request.
        Router::writeError(response,
                           match.otherMethodMatches
                               ? DomainError(ErrorCode::MethodNotAllowed, QStringLiteral("Method not allowed."))
                               : DomainError(ErrorCode::NotFound, QStringLiteral("No such resource.")));
        return true;
    }
    // A body is read by the handlers installHandlers() registers, so that it is consumed before
    // anyone answers. cpp-httplib reads bodies of these methods only.
    static const std::set<std::string> bodyMethods {"POST", "PUT", "PATCH", "DELETE"};
    if (declaresBody(request) && bodyMethods.count(request.method))
        return false;
    if (match.route->spec.body.kind == BodySpec::Kind::Stream)
        dispatchSpooled(request, {}, response);
    else
        m_router.dispatch(match, request, {}, nullptr, response);
    return true;
}

void HttpServer::answerWithBody(const httplib::Request &request, httplib::Response &response,
                                const httplib::ContentReader &reader)
{
    const auto &match = inFlight->match;
    if (inFlight->upload)
        return dispatchUpload(request, *inFlight->upload, response);
    const auto &spec = match.route->spec.body;
    const auto limit = spec.maxBytes;
    std::string body;
    bool tooLarge = false;
    // The loop has the whole body in memory already; past the limit it is skipped, not kept.
    const bool complete = reader([&](const char *data, std::size_t length) {
        tooLarge = tooLarge || body.size() + length > limit;
        if (!tooLarge)
            body.append(data, length);
        return true;
    });
    if (tooLarge || response.status == 413)
        return Router::writeError(
            response, DomainError(ErrorCode::PayloadTooLarge, QStringLiteral("The request body is too large.")));
    if (!complete)
        return Router::writeError(response,
                                  DomainError(ErrorCode::BadRequest, QStringLiteral("The body could not be read.")));
    if (spec.kind != BodySpec::Kind::Stream)
        return m_router.dispatch(match, request, body, nullptr, response);
    dispatchSpooled(request, body, response);
}

void HttpServer::dispatchSpooled(const httplib::Request &request, std::string_view body, httplib::Response &response)
{
    // A streaming route's body small enough to arrive in memory (or none at all): its handler
    // still gets a file.
    const auto spool = UploadSpool::create(m_uploadFolder, body.size());
    if (!spool || !spool->append(body.data(), body.size()))
        return Router::writeError(
            response, DomainError(ErrorCode::Unavailable, QStringLiteral("The upload cannot be stored now.")));
    spool->finish();
    dispatchUpload(request, *spool, response);
}

void HttpServer::dispatchUpload(const httplib::Request &request, const UploadSpool &spool, httplib::Response &response)
{
    const UploadedFile file {QString::fromStdString(spool.path()), qint64(spool.size()),
                             mediaTypeOf(request.get_header_value("Content-Type"))};
    m_router.dispatch(inFlight->match, request, {}, &file, response);
}

int HttpServer::admitLargeBody(std::string_view head, std::size_t contentLength) const
{
    const auto request = peekRequestHead(head);
    if (!request)
        return 400;
    const auto match = m_router.match(request->method, request->path);
    if (!match.route || match.route->spec.body.kind != BodySpec::Kind::Stream)
        return 413;
    const auto &route = match.route->spec;
    if (contentLength > route.body.maxBytes)
        return 413;
    if (!route.body.accepts(request->contentType))
        return 415;
    // The session itself is checked on the worker (a database read has no place on the loop);
    // a request without any token is turned away before its body costs disk.
    if (route.access != Access::Public && !request->hasAuthorization)
        return 401;
    return 0;
}

bool HttpServer::declaresBody(const httplib::Request &request)
{
    return request.has_header("Transfer-Encoding")
        || (request.has_header("Content-Length") && request.get_header_value("Content-Length") != "0");
}

void HttpServer::serve(ClientConnection &connection, std::size_t length, bool lastOnConnection)
{
    requestStart = std::chrono::steady_clock::now();
    InFlight request;
    request.upload = connection.upload.get();
    inFlight = &request;
    ConnectionStream stream(connection, length, std::chrono::seconds(m_config.writeTimeoutS));
    bool closedByClient = false;
    const bool answered = m_engine->processRequest(stream, lastOnConnection, closedByClient);
    inFlight = nullptr;
    // Removes the spooled body unless the handler moved it elsewhere.
    connection.upload.reset();
    connection.in.erase(0, length);
    connection.keepAlive = answered && !closedByClient && !lastOnConnection;
}

std::string HttpServer::refusal(int status, std::string_view request, const ClientConnection &connection) const
{
    const auto error = [status] {
        switch (status) {
        case 431:
            return DomainError(ErrorCode::HeadersTooLarge, QStringLiteral("The request head is too large."));
        case 413:
            return DomainError(ErrorCode::PayloadTooLarge, QStringLiteral("The request body is too large."));
        case 415:
            return DomainError(ErrorCode::UnsupportedMediaType,
                               QStringLiteral("This content type is not accepted here."));
        case 401:
            return DomainError(ErrorCode::Unauthenticated, QStringLiteral("Log in to continue."));
        case 503:
            return DomainError(ErrorCode::Unavailable, QStringLiteral("The upload cannot be stored now."));
        default:
            return DomainError(ErrorCode::BadRequest, QStringLiteral("The request is not framed correctly."));
        }
    }();
    const auto body = QJsonDocument(error.toJson()).toJson(QJsonDocument::Compact).toStdString();
    std::string answer = "HTTP/1.1 " + std::to_string(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size())
        + "\r\nConnection: close\r\nX-Content-Type-Options: nosniff\r\n";
    if (connection.isTls())
        answer += "Strict-Transport-Security: max-age=31536000\r\n";
    answer += "\r\n" + body;
    qCInfo(lcHttp).noquote() << logSafe(QString::fromLatin1(requestLineForLog(request))) << status << "refused";
    return answer;
}

int HttpServer::usableConnectionLimit() const
{
    // Each connection is a descriptor: take what the system allows (the soft limit is often
    // 1024) and keep some for the database, the log and the workers.
    rlimit files {};
    if (::getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &files);
        ::getrlimit(RLIMIT_NOFILE, &files);
    }
    const auto available = files.rlim_cur == RLIM_INFINITY ? rlim_t(1 << 20) : files.rlim_cur;
    return int(std::min<rlim_t>(rlim_t(m_config.maxConnections), available > 256 ? available - 128 : available / 2));
}

bool HttpServer::bind()
{
    if (m_config.tlsEnabled()) {
        m_tls = TlsContext::load(m_config.tlsCert, m_config.tlsKey);
        if (!m_tls.context) {
            qCCritical(lcHttp).noquote() << "TLS certificate or key could not be loaded:" << m_tls.problem;
            return false;
        }
    }
    const auto cannotListen = [this] {
        qCCritical(lcHttp).noquote() << QStringLiteral("cannot listen on %1:%2").arg(m_config.host).arg(m_config.port);
        return false;
    };
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    addrinfo *found = nullptr;
    if (::getaddrinfo(m_config.host.toStdString().c_str(), std::to_string(m_config.port).c_str(), &hints, &found) != 0)
        return cannotListen();
    const std::unique_ptr<addrinfo, decltype(&freeaddrinfo)> addresses(found, freeaddrinfo);
    for (auto *address = found; address; address = address->ai_next) {
        const int fd = ::socket(address->ai_family, address->ai_socktype | SOCK_CLOEXEC, address->ai_protocol);
        if (fd < 0)
            continue;
        // SO_REUSEADDR only: SO_REUSEPORT would let a second server bind the same port silently.
        const int on = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
        if (::bind(fd, address->ai_addr, address->ai_addrlen) == 0 && ::listen(fd, SOMAXCONN) == 0) {
            m_listeningSocket = fd;
            break;
        }
        ::close(fd);
    }
    if (m_listeningSocket < 0)
        return cannotListen();
    sockaddr_storage bound {};
    socklen_t length = sizeof bound;
    ::getsockname(m_listeningSocket, reinterpret_cast<sockaddr *>(&bound), &length);
    m_port = ntohs(bound.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6 &>(bound).sin6_port
                                               : reinterpret_cast<sockaddr_in &>(bound).sin_port);
    return true;
}

void HttpServer::run()
{
    ConnectionLoop::Settings settings;
    settings.maxConnections = usableConnectionLimit();
    // Behind the proxy every connection comes from the proxy; it caps per client itself.
    settings.maxConnectionsPerAddress
        = m_config.behindProxy ? settings.maxConnections : m_config.maxConnectionsPerAddress;
    settings.readTimeout = std::chrono::seconds(m_config.readTimeoutS);
    settings.keepAliveTimeout = std::chrono::seconds(m_config.keepAliveTimeoutS);
    settings.writeTimeout = std::chrono::seconds(m_config.writeTimeoutS);
    settings.maxHeadBytes = kMaxHeadBytes;
    settings.maxBodyBytes = m_largestBody;
    settings.maxRequestsPerConnection = kMaxRequestsPerConnection;
    settings.workers = m_config.threads;
    settings.uploadFolder = m_uploadFolder;
    ConnectionLoop loop(
        std::exchange(m_listeningSocket, -1), m_tls.context.get(), settings,
        [this](ClientConnection &connection, std::size_t length, bool last) { serve(connection, length, last); },
        [this](int status, std::string_view request, const ClientConnection &connection) {
            return refusal(status, request, connection);
        },
        [this](std::string_view head, std::size_t contentLength) { return admitLargeBody(head, contentLength); });
    {
        const std::lock_guard lock(m_loopMutex);
        m_loop = &loop;
        if (m_stopRequested)
            loop.stop();
    }
    loop.run();
    const std::lock_guard lock(m_loopMutex);
    m_loop = nullptr;
}

void HttpServer::stop()
{
    const std::lock_guard lock(m_loopMutex);
    m_stopRequested = true;
    if (m_loop)
        m_loop->stop();
}

} // namespace kp::server
