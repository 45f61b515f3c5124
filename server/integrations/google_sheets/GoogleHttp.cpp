#include "server/integrations/google_sheets/GoogleHttp.h"

#include "server/core/LogSafe.h"

#include <httplib.h>

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QUrl>

Q_LOGGING_CATEGORY(lcGoogleHttp, "kp.google")

namespace kp::server::google {
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
    answer.retryAfter = QByteArray::fromStdString(result->get_header_value("Retry-After")).trimmed();
    return answer;
}

void logExchange(const char *method, const std::string &host, const QByteArray &path, const HttpAnswer &answer,
                 const QElapsedTimer &timer)
{
    const auto target = logSafe(QString::fromStdString(host) + QString::fromUtf8(path));
    if (answer.status == 0)
        qCInfo(lcGoogleHttp, "%s %s: no answer (%s) after %lld ms", method, qUtf8Printable(target),
               qUtf8Printable(logSafe(answer.networkError)), static_cast<long long>(timer.elapsed()));
    else
        qCDebug(lcGoogleHttp, "%s %s %d %lld ms", method, qUtf8Printable(target), answer.status,
                static_cast<long long>(timer.elapsed()));
}

// A Google endpoint that hangs must not hold the sync job for longer than this per step.
void limitWaits(httplib::Client &client, std::chrono::seconds timeout)
{
    client.set_connection_timeout(timeout);
    client.set_read_timeout(timeout);
    client.set_write_timeout(timeout);
}

} // namespace

GoogleHttp::GoogleHttp(const QString &baseUrl, std::chrono::seconds timeout)
    : m_timeout(timeout)
{
    const QUrl url(baseUrl);
    auto origin = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    m_schemeHostPort = origin.toString().toStdString();
    m_pathPrefix = url.path(QUrl::FullyEncoded).toUtf8();
    while (m_pathPrefix.endsWith('/'))
        m_pathPrefix.chop(1);
}

HttpAnswer GoogleHttp::get(const QByteArray &path, const QByteArray &query, const QByteArray &bearerToken) const
{
    httplib::Client client(m_schemeHostPort);
    limitWaits(client, m_timeout);
    client.set_url_encode(false); // the caller encoded the path; encoding it again would change it
    httplib::Headers headers {{"Accept", "application/json"}};
    if (!bearerToken.isEmpty())
        headers.emplace("Authorization", "Bearer " + bearerToken.toStdString());
    const auto fullPath = m_pathPrefix + path;
    const auto target = query.isEmpty() ? fullPath : fullPath + '?' + query;
    QElapsedTimer timer;
    timer.start();
    auto answer = toAnswer(client.Get(target.toStdString(), headers));
    logExchange("GET", m_schemeHostPort, fullPath, answer, timer);
    return answer;
}

HttpAnswer GoogleHttp::postForm(const QByteArray &path, const QByteArray &formBody) const
{
    httplib::Client client(m_schemeHostPort);
    limitWaits(client, m_timeout);
    const auto fullPath = m_pathPrefix + path;
    QElapsedTimer timer;
    timer.start();
    auto answer = toAnswer(client.Post(fullPath.toStdString(), httplib::Headers {{"Accept", "application/json"}},
                                       formBody.toStdString(), "application/x-www-form-urlencoded"));
    logExchange("POST", m_schemeHostPort, fullPath, answer, timer);
    return answer;
}

} // namespace kp::server::google
