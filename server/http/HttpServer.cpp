#include "server/http/HttpServer.h"

#include "server/config/ServerConfig.h"
#include "server/http/Router.h"

#include <httplib.h>

#include <QLoggingCategory>

#include <sys/socket.h>

#include <algorithm>
#include <chrono>
#include <set>

Q_LOGGING_CATEGORY(lcHttp, "kp.http")

namespace kp::server {
namespace {

// Set in the pre-routing handler and read by the logger: cpp-httplib handles a request from
// routing to logging on one worker thread.
thread_local std::chrono::steady_clock::time_point requestStart;

std::unique_ptr<httplib::Server> makeServer(const ServerConfig &config)
{
    if (config.tlsEnabled())
        return std::make_unique<httplib::SSLServer>(config.tlsCert.toLocal8Bit().constData(),
                                                    config.tlsKey.toLocal8Bit().constData());
    return std::make_unique<httplib::Server>();
}

} // namespace

HttpServer::HttpServer(const ServerConfig &config, Router &router)
    : m_config(config)
    , m_router(router)
    , m_server(makeServer(config))
{
    installLimits(config);
    installRoutes();
}

HttpServer::~HttpServer() = default;

void HttpServer::installLimits(const ServerConfig &config)
{
    auto &server = *m_server;
    const int threads = config.threads;
    server.new_task_queue = [threads] { return new httplib::ThreadPool(std::size_t(threads)); };
    server.set_read_timeout(config.readTimeoutS);
    server.set_write_timeout(config.writeTimeoutS);
    server.set_keep_alive_timeout(config.keepAliveTimeoutS);
    server.set_keep_alive_max_count(100);
    // Headers and body go out in separate writes; without this, Nagle's algorithm and the
    // client's delayed ACK add ~40 ms to every keep-alive response.
    server.set_tcp_nodelay(true);
    // Replaces cpp-httplib's default socket setup, which adds SO_REUSEPORT: with it a second
    // server could bind the same port without an error and take half of the connections.
    server.set_socket_options([this](int socket) {
        const int on = 1;
        ::setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
        m_listeningSocket = socket;
    });

    std::size_t largestBody = 0;
    for (const auto &route : m_router.routes())
        largestBody = std::max(largestBody, route.maxBodyBytes);
    // Bodies announced with Content-Length beyond this are skipped unread and answered 413.
    server.set_payload_max_length(largestBody);

    server.set_pre_routing_handler([this](const httplib::Request &request, httplib::Response &response) {
        requestStart = std::chrono::steady_clock::now();
        // A body is read by the handlers installRoutes() registers, so that it is consumed (or
        // skipped) before anyone answers: bytes left unread on a keep-alive connection would be
        // parsed as the next request. cpp-httplib reads bodies of these methods only.
        static const std::set<std::string> bodyMethods {"POST", "PUT", "PATCH", "DELETE"};
        if (declaresBody(request) && bodyMethods.count(request.method))
            return httplib::Server::HandlerResponse::Unhandled;
        answer(request, std::string(), response);
        return httplib::Server::HandlerResponse::Handled;
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
        Router::writeError(response, ApiError(code, QStringLiteral("The request could not be handled.")));
        response.status = status;
    });

    server.set_logger([](const httplib::Request &request, const httplib::Response &response) {
        const auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - requestStart);
        qCInfo(lcHttp).noquote() << QString::fromStdString(request.method)
                                 << QString::fromStdString(request.path).left(200) << response.status
                                 << QString::number(elapsed.count(), 'f', 1) + QStringLiteral("ms");
    });
}

void HttpServer::installRoutes()
{
    // One catch-all per body method: every body is read here, with the matched route's limit.
    const auto readThenAnswer
        = [this](const httplib::Request &request, httplib::Response &response, const httplib::ContentReader &reader) {
              const auto match = m_router.match(request.method, request.path);
              const auto limit = match.route ? match.route->maxBodyBytes : Router::kNoBody;
              std::string body;
              bool tooLarge = false;
              std::size_t discarded = 0;
              const bool complete = reader([&](const char *data, std::size_t length) {
                  if (!tooLarge && body.size() + length <= limit) {
                      body.append(data, length);
                      return true;
                  }
                  // Past the limit nothing is kept; reading on (up to a bound) keeps the connection in
                  // step, so the rest of this body is not taken for another request.
                  tooLarge = true;
                  std::string().swap(body);
                  discarded += length;
                  return discarded <= kMaxDiscardedBytes;
              });
              if (tooLarge || response.status == 413)
                  Router::writeError(
                      response, ApiError(ErrorCode::PayloadTooLarge, QStringLiteral("The request body is too large.")));
              else if (!complete)
                  Router::writeError(response,
                                     ApiError(ErrorCode::BadRequest, QStringLiteral("The body could not be read.")));
              else
                  answer(request, body, response);
          };
    const auto everything = std::string(".*");
    m_server->Post(everything, readThenAnswer);
    m_server->Put(everything, readThenAnswer);
    m_server->Patch(everything, readThenAnswer);
    m_server->Delete(everything, readThenAnswer);
}

void HttpServer::answer(const httplib::Request &request, const std::string &body, httplib::Response &response)
{
    // 0.11.4 parses any number of header lines; refuse requests that abuse that.
    if (request.headers.size() > std::size_t(m_config.maxHeaderCount)) {
        Router::writeError(response, ApiError(ErrorCode::HeadersTooLarge, QStringLiteral("Too many header fields.")));
        return;
    }
    const auto match = m_router.match(request.method, request.path);
    if (!match.route) {
        Router::writeError(response,
                           match.otherMethodMatches
                               ? ApiError(ErrorCode::MethodNotAllowed, QStringLiteral("Method not allowed."))
                               : ApiError(ErrorCode::NotFound, QStringLiteral("No such resource.")));
        return;
    }
    m_router.dispatch(match, request, body, response);
}

bool HttpServer::declaresBody(const httplib::Request &request)
{
    return request.has_header("Transfer-Encoding")
        || (request.has_header("Content-Length") && request.get_header_value("Content-Length") != "0");
}

void HttpServer::widenBacklog()
{
    // Debian's cpp-httplib listens with a backlog of 5, so a burst of new connections (a login
    // storm, many apps starting at 9:00) is reset by the kernel. Listening again on the same
    // socket only raises the backlog.
    if (m_listeningSocket >= 0)
        ::listen(m_listeningSocket, SOMAXCONN);
}

bool HttpServer::bind()
{
    if (!m_server->is_valid()) {
        qCCritical(lcHttp) << "TLS certificate or key could not be loaded";
        return false;
    }
    const auto host = m_config.host.toStdString();
    if (m_config.port == 0) {
        m_port = m_server->bind_to_any_port(host);
        widenBacklog();
        return m_port > 0;
    }
    m_port = m_config.port;
    if (!m_server->bind_to_port(host, m_port)) {
        qCCritical(lcHttp).noquote() << QStringLiteral("cannot listen on %1:%2").arg(m_config.host).arg(m_port);
        return false;
    }
    widenBacklog();
    return true;
}

void HttpServer::run()
{
    m_server->listen_after_bind();
}

void HttpServer::stop()
{
    m_server->stop();
}

} // namespace kp::server
