#include "server/http/HttpServer.h"

#include "server/config/ServerConfig.h"
#include "server/http/Router.h"

#include <httplib.h>

#include <QLoggingCategory>

#include <sys/socket.h>

#include <algorithm>
#include <chrono>

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
    server.set_payload_max_length(largestBody);

    const auto maxHeaders = std::size_t(config.maxHeaderCount);
    server.set_pre_routing_handler([this, maxHeaders](const httplib::Request &request, httplib::Response &response) {
        requestStart = std::chrono::steady_clock::now();
        // 0.11.4 parses any number of header lines; refuse requests that abuse that.
        if (request.headers.size() > maxHeaders) {
            Router::writeError(response,
                               ApiError(ErrorCode::HeadersTooLarge, QStringLiteral("Too many header fields.")));
            return httplib::Server::HandlerResponse::Handled;
        }
        const auto match = m_router.match(request.method, request.path);
        if (!match.route) {
            Router::writeError(response,
                               match.otherMethodMatches
                                   ? ApiError(ErrorCode::MethodNotAllowed, QStringLiteral("Method not allowed."))
                                   : ApiError(ErrorCode::NotFound, QStringLiteral("No such resource.")));
            return httplib::Server::HandlerResponse::Handled;
        }
        // Without Content-Length or Transfer-Encoding a request has no body (RFC 9112 6.3);
        // cpp-httplib 0.11 would wait for one until the read timeout, so answer right here.
        if (!request.has_header("Content-Length") && !request.has_header("Transfer-Encoding")) {
            m_router.dispatch(match, request, response);
            return httplib::Server::HandlerResponse::Handled;
        }
        // Refuse an oversized body before reading it.
        if (request.has_header("Content-Length")) {
            bool valid = false;
            const auto length
                = QByteArray::fromStdString(request.get_header_value("Content-Length")).toULongLong(&valid);
            if (!valid) {
                Router::writeError(response,
                                   ApiError(ErrorCode::BadRequest, QStringLiteral("Content-Length is not a number.")));
                return httplib::Server::HandlerResponse::Handled;
            }
            if (length > match.route->maxBodyBytes) {
                Router::writeError(
                    response, ApiError(ErrorCode::PayloadTooLarge, QStringLiteral("The request body is too large.")));
                return httplib::Server::HandlerResponse::Handled;
            }
        }
        return httplib::Server::HandlerResponse::Unhandled;
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
    for (const auto &route : m_router.routes()) {
        auto handler = [this](const httplib::Request &request, httplib::Response &response) {
            m_router.dispatch(m_router.match(request.method, request.path), request, response);
        };
        const auto text = Router::patternRegex(route.pattern);
        if (route.method == "GET")
            m_server->Get(text, handler);
        else if (route.method == "POST")
            m_server->Post(text, handler);
        else if (route.method == "PUT")
            m_server->Put(text, handler);
        else if (route.method == "PATCH")
            m_server->Patch(text, handler);
        else if (route.method == "DELETE")
            m_server->Delete(text, handler);
    }
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
