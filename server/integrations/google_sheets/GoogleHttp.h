#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>

namespace kp::server::google {

// One HTTP exchange with a Google endpoint, as far as the caller needs it.
struct HttpAnswer {
    int status = 0; // 0: no HTTP answer at all, see networkError
    QByteArray body;
    QByteArray retryAfter; // the Retry-After header as sent, or empty
    QString networkError;  // cpp-httplib's words when status is 0
};

// Requests against one base URL (https://sheets.googleapis.com, or a test fake on loopback), a
// new connection per request: the sheet is read every few minutes, so keeping connections open
// would only hold sockets. TLS certificates are verified against the system's CA store.
// Each request logs one line with the path but never the query, which may carry ?key=.
// Thread-safe: it holds no connection state.
class GoogleHttp {
public:
    // baseUrl: scheme, host, optional port and path prefix, e.g. "http://127.0.0.1:4711/google".
    explicit GoogleHttp(const QString &baseUrl, std::chrono::seconds timeout = std::chrono::seconds(10));

    // path starts with '/' and is already percent-encoded; query is appended after '?' when set.
    HttpAnswer get(const QByteArray &path, const QByteArray &query = {}, const QByteArray &bearerToken = {}) const;
    HttpAnswer postForm(const QByteArray &path, const QByteArray &formBody) const;

private:
    std::string m_schemeHostPort;
    QByteArray m_pathPrefix;
    std::chrono::seconds m_timeout;
};

} // namespace kp::server::google
