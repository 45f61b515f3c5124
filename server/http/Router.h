#pragma once

#include "server/core/Authenticator.h"
#include "server/core/DomainError.h"
#include "server/http/Reply.h"
#include "server/http/RequestContext.h"
#include "server/http/RouteSpec.h"
#include "server/idempotency/Idempotency.h"

#include <QString>

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace kp::server {

using Handler = std::function<Reply(RequestContext &)>;

struct Route {
    RouteSpec spec;
    Handler handler;
    std::vector<std::string> paramNames; // the pattern's {placeholders}, in order
    std::regex regex;                    // the pattern with each {placeholder} as a capture group
    // The pattern up to its first {placeholder}: a path that does not start with it cannot
    // match, and the (slow) regex is never tried. All of it when there is no placeholder.
    std::string literalPrefix;
};

// A condition a gated route needs besides its access (RouteSpec::gates): when `passes` says
// no for the caller's session, the route answers `refusal` instead of running.
struct GateCheck {
    std::function<bool(const AuthenticatedSession &)> passes;
    DomainError refusal;
};

// The table of routes. Features add theirs at start-up; HttpServer matches each request once
// and hands the match to dispatch(), which checks the body, authenticates, authorises, applies
// the gates, runs the handler, writes its Reply, and turns every exception into API.md's error
// shape. It is the one place that maps a DomainError's code to an HTTP status.
class Router {
public:
    static constexpr std::size_t kDefaultMaxBody = 64 * 1024;
    // For routes that read no body: room for the "{}" some clients send anyway.
    static constexpr std::size_t kNoBody = 64;

    Router(Authenticator &authenticator, bool trustForwardedFor);

    // Throws std::logic_error for a gated public route (a gate needs a session).
    void add(RouteSpec spec, Handler handler);
    // Registers the predicate behind a gate; a later definition replaces an earlier one.
    void defineGate(Gate gate, GateCheck check);
    // Makes every mutating route with a session honour `Idempotency-Key` (API.md).
    void setIdempotency(Idempotency &idempotency) { m_idempotency = &idempotency; }

    const std::vector<Route> &routes() const { return m_routes; }

    struct Match {
        const Route *route = nullptr;
        std::vector<QString> params;     // the route's {placeholders}, in order
        bool otherMethodMatches = false; // the path exists, but not for this method: 405
    };
    Match match(const std::string &method, const std::string &path) const;

    // Runs a matched route with the request's body (in memory, or spooled to `upload` for a
    // streaming route).
    void dispatch(const Match &match, const httplib::Request &request, std::string_view body,
                  const UploadedFile *upload, httplib::Response &response);

    QString clientIp(const httplib::Request &request) const;

    // "/a/{id}/b" → "^/a/([^/]+)/b$": the one translation of our patterns into a regex.
    static std::string patternRegex(const std::string &pattern);

    // API.md's error shape with the status of the error's code.
    static void writeError(httplib::Response &response, const DomainError &error);

private:
    std::optional<AuthenticatedSession> authorise(const Route &route, const httplib::Request &request);
    void checkGates(const Route &route, const AuthenticatedSession &session) const;
    static void checkBody(const Route &route, const httplib::Request &request, std::string_view body);
    // The claim on the request's Idempotency-Key, or the answer kept for it (written into
    // `response`, and then std::nullopt with `replayed` set).
    std::optional<Idempotency::Claim> claimIdempotencyKey(const httplib::Request &request,
                                                          const AuthenticatedSession &session, std::string_view body,
                                                          const UploadedFile *upload, httplib::Response &response,
                                                          bool &replayed);

    Authenticator &m_authenticator;
    bool m_trustForwardedFor;
    std::vector<Route> m_routes;
    std::map<Gate, GateCheck> m_gates;
    Idempotency *m_idempotency = nullptr;
};

} // namespace kp::server
