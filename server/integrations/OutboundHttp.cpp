#include "server/integrations/OutboundHttp.h"

#include "server/core/LogSafe.h"

#include <httplib.h>

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QUrl>

#include <string_view>

namespace kp::server {
namespace {

HttpAnswer toAnswer(const httplib::Result &result)
{
    HttpAnswer answer;
    if (!result) {
        answer.networkError = QString::fromStdString(httplib::to_string(result.error()));
        return answer;
    }
    answer.status = result->status;
    answer.body = QByteArray::fromStdString(result->body);
    for (const auto &[name, value] : result->headers)
        answer.headers[QByteArray::fromStdString(name).toLower()] = QByteArray::fromStdString(value).trimmed();
    answer.retryAfter = answer.header("retry-after");
    return answer;
}

httplib::Headers toHeaders(const HttpHeaders &headers)
{
    httplib::Headers result {{"Accept", "application/json"}};
    for (const auto &[name, value] : headers)
        result.emplace(name.toStdString(), value.toStdString());
    return result;
}

// A service that hangs must not hold the job thread for longer than this per step.
void limitWaits(httplib::Client &client, std::chrono::seconds timeout)
{
    client.set_connection_timeout(timeout);
    client.set_read_timeout(timeout);
    client.set_write_timeout(timeout);
}

} // namespace

QByteArray HttpAnswer::header(const QByteArray &lowerCaseName) const
{
    const auto found = headers.find(lowerCaseName);
    return found == headers.end() ? QByteArray() : found->second;
}

OutboundHttp::OutboundHttp(const QString &baseUrl, const QLoggingCategory &logCategory, std::chrono::seconds timeout)
    : m_logCategory(&logCategory)
    , m_timeout(timeout)
{
    const QUrl url(baseUrl);
    auto origin = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    m_schemeHostPort = origin.toString().toStdString();
    m_pathPrefix = url.path(QUrl::FullyEncoded).toUtf8();
    while (m_pathPrefix.endsWith('/'))
        m_pathPrefix.chop(1);
}

HttpHeaders OutboundHttp::bearer(const QByteArray &token)
{
    return {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token}};
}

HttpAnswer OutboundHttp::get(const QByteArray &path, const QByteArray &query, const HttpHeaders &headers) const
{
    httplib::Client client(m_schemeHostPort);
    limitWaits(client, m_timeout);
    client.set_url_encode(false); // the caller encoded the path; encoding it again would change it
    const auto fullPath = m_pathPrefix + path;
    const auto target = query.isEmpty() ? fullPath : fullPath + '?' + query;
    QElapsedTimer timer;
    timer.start();
    auto answer = toAnswer(client.Get(target.toStdString(), toHeaders(headers)));
    logExchange("GET", fullPath, answer, timer.elapsed());
    return answer;
}

HttpAnswer OutboundHttp::post(const QByteArray &path, const QByteArray &body, const QByteArray &contentType,
                              const HttpHeaders &headers) const
{
    return sendBody("POST", path, body, contentType, headers);
}

HttpAnswer OutboundHttp::put(const QByteArray &path, const QByteArray &body, const QByteArray &contentType,
                             const HttpHeaders &headers) const
{
    return sendBody("PUT", path, body, contentType, headers);
}

HttpAnswer OutboundHttp::sendBody(const char *method, const QByteArray &path, const QByteArray &body,
                                  const QByteArray &contentType, const HttpHeaders &headers) const
{
    httplib::Client client(m_schemeHostPort);
    limitWaits(client, m_timeout);
    client.set_url_encode(false);
    const auto fullPath = m_pathPrefix + path;
    const auto target = fullPath.toStdString();
    const auto content = body.toStdString();
    const auto type = contentType.toStdString();
    QElapsedTimer timer;
    timer.start();
    auto answer = toAnswer(std::string_view(method) == "PUT" ? client.Put(target, toHeaders(headers), content, type)
                                                             : client.Post(target, toHeaders(headers), content, type));
    logExchange(method, fullPath, answer, timer.elapsed());
    return answer;
}

void OutboundHttp::logExchange(const char *method, const QByteArray &path, const HttpAnswer &answer,
                               qint64 elapsedMs) const
{
    const auto &category = *m_logCategory;
    auto shown = path;
    for (const auto &secret : m_hidden) {
        if (!secret.isEmpty())
            shown.replace(secret, QByteArrayLiteral("\xe2\x80\xa6")); // "…"
    }
    const auto target = logSafe(QString::fromStdString(m_schemeHostPort) + QString::fromUtf8(shown));
    if (answer.status == 0)
        qCInfo(category, "%s %s: no answer (%s) after %lld ms", method, qUtf8Printable(target),
               qUtf8Printable(logSafe(answer.networkError)), static_cast<long long>(elapsedMs));
    else
        qCDebug(category, "%s %s %d %lld ms", method, qUtf8Printable(target), answer.status,
                static_cast<long long>(elapsedMs));
}

} // namespace kp::server
