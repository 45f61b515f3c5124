#pragma once

#include "server/http/ApiError.h"
#include "shared/Account.h"

#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <functional>
#include <optional>
#include <regex>
#include <string>
#include <utility>
#include <vector>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace kp::server {

// Who may call a route. The router checks it before the handler runs; handlers never repeat it.
enum class Access {
    Public,     // no token needed
    AnySession, // a valid token, whatever the account's status (e.g. a pending account's /me)
    Approved,   // an approved account of any role
    Admin,      // an approved admin
};

struct AuthenticatedSession {
    Account account;
    QString tokenHash;
};

// Resolves a bearer token; implemented by the accounts feature.
class Authenticator {
public:
    virtual ~Authenticator() = default;
    virtual std::optional<AuthenticatedSession> authenticate(const QString &bearerToken) = 0;
};

struct Reply {
    int status = 200;
    QJsonObject body; // ignored for 204
    std::vector<std::pair<std::string, std::string>> headers;

    static Reply json(QJsonObject body, int status = 200) { return {status, std::move(body), {}}; }
    static Reply noContent() { return {204, {}, {}}; }
};

// What a handler sees of its request.
class RequestContext {
public:
    RequestContext(const httplib::Request &request, const std::string &body, std::vector<QString> params,
                   QString clientIp, std::optional<AuthenticatedSession> session);

    const httplib::Request &request() const { return m_request; }
    // The n-th `{placeholder}` of the route pattern, decoded.
    const QString &param(std::size_t index) const { return m_params.at(index); }
    QString query(const char *name) const;
    const QString &clientIp() const { return m_clientIp; }
    // Present on every route whose access is not Public.
    const AuthenticatedSession &session() const { return *m_session; }
    const Account &account() const { return m_session->account; }
    // The body as a JSON object: 415 unless Content-Type is JSON, 400 unless it parses to an object.
    QJsonObject json() const;

private:
    const httplib::Request &m_request;
    const std::string &m_body;
    std::vector<QString> m_params;
    QString m_clientIp;
    std::optional<AuthenticatedSession> m_session;
};

using Handler = std::function<Reply(RequestContext &)>;

// What a feature declares about a route; reads like a row of the API table:
//   router.add({"POST", "/api/v1/auth/login", Access::Public, 8 * 1024}, handler);
struct RouteSpec {
    std::string method;
    std::string pattern; // "/api/v1/admin/accounts/{id}/approve", as in the OpenAPI file
    Access access;
    std::size_t maxBodyBytes;
};

struct Route {
    std::string method;
    std::string pattern; // "/api/v1/admin/accounts/{id}/approve", as in the OpenAPI file
    Access access;
    std::size_t maxBodyBytes;
    Handler handler;
    std::regex regex; // the pattern with each {placeholder} as a capture group
    // The pattern up to its first {placeholder}: a path that does not start with it cannot
    // match, and the (slow) regex is never tried. All of it when there is no placeholder.
    std::string literalPrefix;
};

// The table of routes. Features add theirs at start-up; HttpServer consults it for limits and
// hands matched requests to dispatch(), which authenticates, authorises, runs the handler and
// turns every exception into the API.md error shape.
class Router {
public:
    static constexpr std::size_t kDefaultMaxBody = 64 * 1024;
    // For routes that read no body: room for the "{}" some clients send anyway.
    static constexpr std::size_t kNoBody = 64;

    Router(Authenticator &authenticator, bool trustForwardedFor);

    void add(RouteSpec spec, Handler handler);

    const std::vector<Route> &routes() const { return m_routes; }

    struct Match {
        const Route *route = nullptr;
        std::vector<QString> params;     // the route's {placeholders}, in order
        bool otherMethodMatches = false; // the path exists, but not for this method: 405
    };
    Match match(const std::string &method, const std::string &path) const;

    // Runs a matched route with the request's body: authentication, authorisation, handler,
    // error shape.
    void dispatch(const Match &match, const httplib::Request &request, const std::string &body,
                  httplib::Response &response);

    QString clientIp(const httplib::Request &request) const;

    // "/a/{id}/b" → "^/a/([^/]+)/b$": the one translation of our patterns into a regex.
    static std::string patternRegex(const std::string &pattern);

    static void writeJson(httplib::Response &response, int status, const QJsonObject &body);
    static void writeError(httplib::Response &response, const ApiError &error);

private:
    std::optional<AuthenticatedSession> authorise(const Route &route, const httplib::Request &request);

    Authenticator &m_authenticator;
    bool m_trustForwardedFor;
    std::vector<Route> m_routes;
};

} // namespace kp::server
