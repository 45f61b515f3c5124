#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

class QLoggingCategory;

#include <chrono>
#include <map>
#include <string>

namespace kp::server {

// One HTTP exchange with an outside service, as far as a caller needs it.
struct HttpAnswer {
    int status = 0; // 0: no HTTP answer at all, see networkError
    QByteArray body;
    QByteArray retryAfter; // the Retry-After header as sent, or empty
    QString networkError;  // cpp-httplib's words when status is 0
    // Every header of the answer, names in lower case (a name sent twice keeps the last value).
    std::map<QByteArray, QByteArray> headers;

    QByteArray header(const QByteArray &lowerCaseName) const;
};

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// Requests against one base URL of an outside service (Google, the Graph API, or a test fake on
// loopback), a new connection per request: the integrations call every few minutes, so keeping
// connections open would only hold sockets. TLS certificates are verified against the system's
// CA store. Each request logs one line under `logCategory` with the path but never the query or a
// header, which may carry a key or a token. Thread-safe: it holds no connection state.
class OutboundHttp {
public:
    // baseUrl: scheme, host, optional port and path prefix, e.g. "http://127.0.0.1:4711/graph".
    OutboundHttp(const QString &baseUrl, const QLoggingCategory &logCategory,
                 std::chrono::seconds timeout = std::chrono::seconds(10));

    // path starts with '/' and is already percent-encoded; query is appended after '?' when set.
    HttpAnswer get(const QByteArray &path, const QByteArray &query = {}, const HttpHeaders &headers = {}) const;
    HttpAnswer post(const QByteArray &path, const QByteArray &body, const QByteArray &contentType,
                    const HttpHeaders &headers = {}) const;
    HttpAnswer put(const QByteArray &path, const QByteArray &body, const QByteArray &contentType,
                   const HttpHeaders &headers = {}) const;

    // A secret that is part of the URL (Telegram's bot token is a path segment, a webhook's URL
    // may hold a key): the log line shows "…" in its place. Call before the first request.
    void hideInLog(const QByteArray &secret) { m_hidden.append(secret); }

    // "Bearer <token>" as an Authorization header.
    static HttpHeaders bearer(const QByteArray &token);

private:
    HttpAnswer sendBody(const char *method, const QByteArray &path, const QByteArray &body,
                        const QByteArray &contentType, const HttpHeaders &headers) const;
    void logExchange(const char *method, const QByteArray &path, const HttpAnswer &answer, qint64 elapsedMs) const;

    std::string m_schemeHostPort;
    QByteArray m_pathPrefix;
    const QLoggingCategory *m_logCategory;
    std::chrono::seconds m_timeout;
    QList<QByteArray> m_hidden;
};

} // namespace kp::server
