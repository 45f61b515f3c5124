#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace kp::server {

// Who may call a route. The router checks it before the handler runs; handlers never repeat it.
enum class Access {
    Public,     // no token needed
    AnySession, // a valid token, whatever the account's status (e.g. a pending account's /me)
    Approved,   // an approved account of any role
    Admin,      // an approved admin
};

// A condition beside the role that a route needs, e.g. a finished onboarding. Each gate is a
// predicate a feature registers with the router (Router::defineGate); a route that names a gate
// nobody defined fails closed.
enum class Gate {
    OnboardingComplete, // 409 onboarding_incomplete until the checklist is complete
};

// What a route takes as its request body, checked before the handler (and for Stream before
// the body is read at all).
struct BodySpec {
    enum class Kind {
        None,   // nothing (room for the "{}" some clients send anyway)
        Json,   // an application/json object, read with RequestContext::json()
        Raw,    // bytes of one of `mediaTypes`, in memory: RequestContext::body()
        Stream, // bytes of one of `mediaTypes`, spooled to a temporary file: uploadedFile()
    };
    Kind kind = Kind::None;
    std::size_t maxBytes = 64;
    std::vector<std::string> mediaTypes; // Raw and Stream: e.g. {"image/png", "image/jpeg"}

    static BodySpec none() { return {}; }
    static BodySpec json(std::size_t maxBytes) { return {Kind::Json, maxBytes, {}}; }
    static BodySpec raw(std::vector<std::string> mediaTypes, std::size_t maxBytes)
    {
        return {Kind::Raw, maxBytes, std::move(mediaTypes)};
    }
    static BodySpec stream(std::vector<std::string> mediaTypes, std::size_t maxBytes)
    {
        return {Kind::Stream, maxBytes, std::move(mediaTypes)};
    }

    // True when `contentType` (parameters ignored, any case) is one this body takes.
    bool accepts(const std::string &contentType) const;
};

// What a feature declares about a route; reads like a row of the API table:
//   router.add({"POST", "/api/v1/auth/login", Access::Public, BodySpec::json(8 * 1024)}, handler);
//   router.add({"GET", "/api/v1/metrics", Access::Approved, BodySpec::none(), {Gate::OnboardingComplete}}, …);
struct RouteSpec {
    std::string method;
    std::string pattern; // "/api/v1/admin/accounts/{id}/approve", as in the OpenAPI file
    Access access;
    BodySpec body;
    std::vector<Gate> gates = {};
};

const char *accessName(Access access);
const char *gateName(Gate gate);
// "none", "json<=8192", "raw<=5242880 image/png,image/jpeg", "stream<=… video/mp4".
std::string describeBody(const BodySpec &body);
// One line of `--print-routes`: "POST /api/v1/auth/login public - json<=8192".
std::string describeRoute(const RouteSpec &spec);
// The media type of a Content-Type value: parameters dropped, trimmed, lower case.
std::string mediaTypeOf(const std::string &contentType);

} // namespace kp::server
