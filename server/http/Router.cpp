#include "server/http/Router.h"

#include "server/core/LogSafe.h"
#include "server/http/ReplyWriter.h"

#include <httplib.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <set>
#include <stdexcept>

Q_LOGGING_CATEGORY(lcRouter, "kp.http")

namespace kp::server {
namespace {

QString bearerToken(const httplib::Request &request)
{
    const auto header = QString::fromStdString(request.get_header_value("Authorization"));
    static const QLatin1String scheme("Bearer ");
    if (!header.startsWith(scheme, Qt::CaseInsensitive))
        return {};
    return header.mid(scheme.size()).trimmed();
}

std::vector<std::string> placeholderNames(const std::string &pattern)
{
    static const std::regex placeholder(R"(\{([a-z_]+)\})");
    std::vector<std::string> names;
    for (auto it = std::sregex_iterator(pattern.begin(), pattern.end(), placeholder); it != std::sregex_iterator();
         ++it)
        names.push_back((*it)[1].str());
    return names;
}

} // namespace

Router::Router(Authenticator &authenticator, bool trustForwardedFor)
    : m_authenticator(authenticator)
    , m_trustForwardedFor(trustForwardedFor)
{
}

void Router::add(RouteSpec spec, Handler handler)
{
    if (spec.access == Access::Public && !spec.gates.empty())
        throw std::logic_error("a public route cannot have gates: " + spec.pattern);
    std::regex regex(patternRegex(spec.pattern));
    auto literalPrefix = spec.pattern.substr(0, spec.pattern.find('{'));
    auto names = placeholderNames(spec.pattern);
    m_routes.push_back(
        Route {std::move(spec), std::move(handler), std::move(names), std::move(regex), std::move(literalPrefix)});
}

void Router::defineGate(Gate gate, GateCheck check)
{
    m_gates.insert_or_assign(gate, std::move(check));
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
        const auto &pattern = route.spec.pattern;
        const bool literal = route.literalPrefix.size() == pattern.size();
        if (literal ? path != pattern
                    : path.compare(0, route.literalPrefix.size(), route.literalPrefix) != 0
                    || !std::regex_match(path, groups, route.regex))
            continue;
        if (route.spec.method != method) {
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
    const auto access = route.spec.access;
    if (access == Access::Public)
        return std::nullopt;
    const auto token = bearerToken(request);
    auto session = token.isEmpty() ? std::nullopt : m_authenticator.authenticate(token);
    if (!session)
        throw DomainError(ErrorCode::Unauthenticated, QStringLiteral("Log in to continue."));
    if (access == Access::AnySession)
        return session;
    const auto &account = session->account;
    if (account.status == AccountStatus::Pending)
        throw DomainError(ErrorCode::PendingApproval, QStringLiteral("The account awaits approval by the agency."));
    if (account.status == AccountStatus::Rejected)
        throw DomainError(ErrorCode::Rejected, QStringLiteral("The registration was rejected."));
    if (access == Access::Admin && !account.isAdmin())
        throw DomainError(ErrorCode::Forbidden, QStringLiteral("This needs an administrator."));
    return session;
}

void Router::checkGates(const Route &route, const AuthenticatedSession &session) const
{
    for (const auto gate : route.spec.gates) {
        const auto found = m_gates.find(gate);
        // A gate nobody defined fails closed: better a 500 in a test than an open route.
        if (found == m_gates.end())
            throw std::logic_error(std::string("gate without a definition: ") + gateName(gate));
        if (!found->second.passes(session))
            throw found->second.refusal;
    }
}

void Router::checkBody(const Route &route, const httplib::Request &request, std::string_view body)
{
    const auto &spec = route.spec.body;
    if (body.size() > spec.maxBytes)
        throw DomainError(ErrorCode::PayloadTooLarge, QStringLiteral("The request body is too large."));
    // JSON routes check their type in RequestContext::json(), after the other request checks.
    if ((spec.kind == BodySpec::Kind::Raw || spec.kind == BodySpec::Kind::Stream)
        && !spec.accepts(request.get_header_value("Content-Type")))
        throw DomainError(ErrorCode::UnsupportedMediaType, QStringLiteral("This content type is not accepted here."));
}

void Router::dispatch(const Match &match, const httplib::Request &request, std::string_view body,
                      const UploadedFile *upload, httplib::Response &response)
{
    const auto &route = *match.route;
    std::optional<Idempotency::Claim> claim;
    try {
        checkBody(route, request, body);
        auto session = authorise(route, request);
        if (session)
            checkGates(route, *session);
        bool replayed = false;
        if (session) {
            if (auto claimed = claimIdempotencyKey(request, *session, body, upload, response, replayed))
                claim.emplace(std::move(*claimed));
        }
        if (replayed)
            return;
        RequestContext context(
            {request, route.paramNames, match.params, body, upload, clientIp(request), std::move(session)});
        const auto reply = route.handler(context);
        writeReply(request, reply, response);
        if (claim)
            m_idempotency->keep(*claim, response.status,
                                QString::fromStdString(response.get_header_value("Content-Type")),
                                QByteArray::fromStdString(response.body));
    } catch (const DomainError &error) {
        writeError(response, error);
        // A refusal the request itself earned is its answer too, and is given again.
        if (claim)
            m_idempotency->keep(*claim, response.status, QStringLiteral("application/json"),
                                QByteArray::fromStdString(response.body));
    } catch (const std::exception &error) {
        // The message may quote SQL or input; it goes to the log only, never to the caller.
        qCCritical(lcRouter).noquote() << "unhandled error in" << route.spec.method.c_str()
                                       << route.spec.pattern.c_str() << logSafe(QString::fromUtf8(error.what()), 500);
        writeError(response, DomainError(ErrorCode::Internal, QStringLiteral("Something went wrong on the server.")));
    }
}

std::optional<Idempotency::Claim> Router::claimIdempotencyKey(const httplib::Request &request,
                                                              const AuthenticatedSession &session,
                                                              std::string_view body, const UploadedFile *upload,
                                                              httplib::Response &response, bool &replayed)
{
    static const std::set<std::string> mutating {"POST", "PUT", "PATCH", "DELETE"};
    if (!m_idempotency || !request.has_header("Idempotency-Key") || !mutating.count(request.method))
        return std::nullopt;
    const auto key = QString::fromStdString(request.get_header_value("Idempotency-Key"));
    if (!Idempotency::isValidKey(key))
        throw DomainError(ErrorCode::BadRequest,
                          QStringLiteral("An Idempotency-Key is 1 to 128 visible ASCII characters."));
    // The same key for another request (another path, another body) is refused, not replayed.
    QCryptographicHash bodyHash(QCryptographicHash::Sha256);
    bodyHash.addData(QByteArrayView(body.data(), qsizetype(body.size())));
    if (upload) {
        QFile file(upload->path);
        if (file.open(QIODevice::ReadOnly))
            bodyHash.addData(&file);
    }
    const auto fingerprint = QString::fromStdString(request.method + ' ' + request.path + ' ')
        + QString::fromLatin1(bodyHash.result().toHex());
    auto outcome = m_idempotency->begin(session.account.id, key, fingerprint);
    if (auto *claim = std::get_if<Idempotency::Claim>(&outcome))
        return std::move(*claim);
    const auto &kept = std::get<IdempotencyStore::Reply>(outcome);
    response.status = kept.status;
    if (!kept.body.isEmpty())
        response.set_content(kept.body.toStdString(), kept.contentType.toStdString());
    response.set_header("Idempotent-Replayed", "true");
    replayed = true;
    return std::nullopt;
}

void Router::writeError(httplib::Response &response, const DomainError &error)
{
    if (error.retryAfterSeconds() > 0)
        response.set_header("Retry-After", std::to_string(error.retryAfterSeconds()));
    response.status = httpStatus(error.code());
    response.set_content(QJsonDocument(error.toJson()).toJson(QJsonDocument::Compact).toStdString(),
                         "application/json");
}

} // namespace kp::server
