#include "server/http/RouteSpec.h"

#include <algorithm>
#include <cctype>

namespace kp::server {

std::string mediaTypeOf(const std::string &contentType)
{
    auto type = contentType.substr(0, contentType.find(';'));
    const auto notSpace = [](unsigned char c) { return !std::isspace(c); };
    type.erase(type.begin(), std::find_if(type.begin(), type.end(), notSpace));
    type.erase(std::find_if(type.rbegin(), type.rend(), notSpace).base(), type.end());
    std::transform(type.begin(), type.end(), type.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return type;
}

bool BodySpec::accepts(const std::string &contentType) const
{
    const auto type = mediaTypeOf(contentType);
    if (kind == Kind::Json)
        return type == "application/json";
    return std::find(mediaTypes.begin(), mediaTypes.end(), type) != mediaTypes.end();
}

const char *accessName(Access access)
{
    switch (access) {
    case Access::Public:
        return "public";
    case Access::AnySession:
        return "session";
    case Access::Approved:
        return "approved";
    case Access::Admin:
        return "admin";
    }
    return "?";
}

const char *gateName(Gate gate)
{
    switch (gate) {
    case Gate::OnboardingComplete:
        return "onboarding_complete";
    }
    return "?";
}

std::string describeBody(const BodySpec &body)
{
    const auto limit = "<=" + std::to_string(body.maxBytes);
    std::string types;
    for (const auto &type : body.mediaTypes)
        types += (types.empty() ? " " : ",") + type;
    switch (body.kind) {
    case BodySpec::Kind::None:
        return "none";
    case BodySpec::Kind::Json:
        return "json" + limit;
    case BodySpec::Kind::Raw:
        return "raw" + limit + types;
    case BodySpec::Kind::Stream:
        return "stream" + limit + types;
    }
    return "?";
}

std::string describeRoute(const RouteSpec &spec)
{
    std::string gates;
    for (const auto gate : spec.gates)
        gates += (gates.empty() ? "" : ",") + std::string(gateName(gate));
    return spec.method + ' ' + spec.pattern + ' ' + accessName(spec.access) + ' ' + (gates.empty() ? "-" : gates) + ' '
        + describeBody(spec.body);
}

} // namespace kp::server
