#include "server/http/Router.h"

#include "server/http/LogSafe.h"

#include <httplib.h>

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRouter, "kp.http")

namespace kp::server {
namespace {

bool isJsonContentType(const std::string &contentType)
{
    const auto mediaType = contentType.substr(0, contentType.find(';'));
    return QString::fromStdString(mediaType).trimmed().compare(QLatin1String("application/json"), Qt::CaseInsensitive)
        == 0;
}

QString bearerToken(const httplib::Request &request)
{
    const auto header = QString::fromStdString(request.get_header_value("Authorization"));
    static const QLatin1String scheme("Bearer ");
    if (!header.startsWith(scheme, Qt::CaseInsensitive))
        return {};
    return header.mid(scheme.size()).trimmed();
}

} // namespace

RequestContext::RequestContext(const httplib::Request &request, const std::string &body, std::vector<QString> params,
                               QString clientIp, std::optional<AuthenticatedSession> session)
    : m_request(request)
    , m_body(body)
    , m_params(std::move(params))
    , m_clientIp(std::move(clientIp))
    , m_session(std::move(session))
{
}

QString RequestContext::query(const char *name) const
{
    return m_request.has_param(name) ? QString::fromStdString(m_request.get_param_value(name)) : QString();
}

QJsonObject RequestContext::json() const
{
    if (!isJsonContentType(m_request.get_header_value("Content-Type")))
        throw ApiError(ErrorCode::UnsupportedMediaType, QStringLiteral("Send the body as application/json."));
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(QByteArray::fromStdString(m_body), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        throw ApiError(ErrorCode::BadRequest, QStringLiteral("The body is not a JSON object."));
    return document.object();
}

Router::Router(Authenticator &authenticator, bool trustForwardedFor)
    : m_authenticator(authenticator)
    , m_trustForwardedFor(trustForwardedFor)
{
}

void Router::add(RouteSpec spec, Handler handler)
{
    std::regex regex(patternRegex(spec.pattern));
    auto literalPrefix = spec.pattern.substr(0, spec.pattern.find('{'));
    m_routes.push_back(Route {std::move(spec.method), std::move(spec.pattern), spec.access, spec.maxBodyBytes,
                              std::move(handler), std::move(regex), std::move(literalPrefix)});
}

std::string Router::patternRegex(const std::string &pattern)
{
    static const std::regex placeholder(R"(\{[a-z_]+\})");
    // Appended step by step: GCC 12 at -O3 misreads `"^" + string + "$"` (-Wrestrict, bug 105329).
    std::string regex = "^";
    regex += std::regex_replace(pattern, placeholder, "([^/]+)");
    regex += '$';
    return regex;
}

Router::Match Router::match(const std::string &method, const std::string &path) const
{
    Match result;
    std::smatch groups;
    for (const auto &route : m_routes) {
        const bool literal = route.literalPrefix.size() == route.pattern.size();
        if (literal ? path != route.pattern
                    : path.compare(0, route.literalPrefix.size(), route.literalPrefix) != 0
                    || !std::regex_match(path, groups, route.regex))
            continue;
        if (route.method != method) {
            result.otherMethodMatches = true;
            continue;
        }
        result.route = &route;
        // cpp-httplib has decoded the path already; the groups are the final values.
        for (std::size_t i = 1; !literal && i < groups.size(); ++i)
            result.params.push_back(QString::fromStdString(groups[i].str()));
        return result;
    }
    return result;
}

QString Router::clientIp(const httplib::Request &request) const
{
    // Behind the documented reverse proxy, the proxy appends the peer's address last.
    if (m_trustForwardedFor && request.has_header("X-Forwarded-For")) {
        const auto chain = QString::fromStdString(request.get_header_value("X-Forwarded-For"));
        return chain.section(QLatin1Char(','), -1).trimmed();
    }
    return QString::fromStdString(request.remote_addr);
}

std::optional<AuthenticatedSession> Router::authorise(const Route &route, const httplib::Request &request)
{
    if (route.access == Access::Public)
        return std::nullopt;
    const auto token = bearerToken(request);
    auto session = token.isEmpty() ? std::nullopt : m_authenticator.authenticate(token);
    if (!session)
        throw ApiError(ErrorCode::Unauthenticated, QStringLiteral("Log in to continue."));
    if (route.access == Access::AnySession)
        return session;
    const auto &account = session->account;
    if (account.status == AccountStatus::Pending)
        throw ApiError(ErrorCode::PendingApproval, QStringLiteral("The account awaits approval by the agency."));
    if (account.status == AccountStatus::Rejected)
        throw ApiError(ErrorCode::Rejected, QStringLiteral("The registration was rejected."));
    if (route.access == Access::Admin && !account.isAdmin())
        throw ApiError(ErrorCode::Forbidden, QStringLiteral("This needs an administrator."));
    return session;
}

void Router::dispatch(const Match &match, const httplib::Request &request, const std::string &body,
                      httplib::Response &response)
{
    const auto &route = *match.route;
    try {
        if (body.size() > route.maxBodyBytes)
            throw ApiError(ErrorCode::PayloadTooLarge, QStringLiteral("The request body is too large."));
        auto session = authorise(route, request);
        RequestContext context(request, body, match.params, clientIp(request), std::move(session));
        const auto reply = route.handler(context);
        for (const auto &[name, value] : reply.headers)
            response.set_header(name.c_str(), value);
        if (reply.status == 204)
            response.status = 204;
        else
            writeJson(response, reply.status, reply.body);
    } catch (const ApiError &error) {
        writeError(response, error);
    } catch (const std::exception &error) {
        // The message may quote SQL or input; it goes to the log only, never to the caller.
        qCCritical(lcRouter).noquote() << "unhandled error in" << route.method.c_str() << route.pattern.c_str()
                                       << logSafe(QString::fromUtf8(error.what()), 500);
        writeError(response, ApiError(ErrorCode::Internal, QStringLiteral("Something went wrong on the server.")));
    }
}

void Router::writeJson(httplib::Response &response, int status, const QJsonObject &body)
{
    response.status = status;
    response.set_content(QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(), "application/json");
}

void Router::writeError(httplib::Response &response, const ApiError &error)
{
    if (error.retryAfterSeconds() > 0)
        response.set_header("Retry-After", std::to_string(error.retryAfterSeconds()));
    writeJson(response, error.status(), error.toJson());
}

} // namespace kp::server
