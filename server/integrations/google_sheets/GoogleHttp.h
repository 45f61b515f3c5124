#pragma once

#include "server/integrations/OutboundHttp.h"

#include <QByteArray>
#include <QString>

#include <chrono>

namespace kp::server::google {

using kp::server::HttpAnswer;

// Requests against one Google base URL (https://sheets.googleapis.com, or a test fake on
// loopback) through OutboundHttp, logged under kp.google. Thread-safe.
class GoogleHttp {
public:
    // baseUrl: scheme, host, optional port and path prefix, e.g. "http://127.0.0.1:4711/google".
    explicit GoogleHttp(const QString &baseUrl, std::chrono::seconds timeout = std::chrono::seconds(10));

    // path starts with '/' and is already percent-encoded; query is appended after '?' when set.
    HttpAnswer get(const QByteArray &path, const QByteArray &query = {}, const QByteArray &bearerToken = {}) const;
    HttpAnswer postForm(const QByteArray &path, const QByteArray &formBody) const;

private:
    OutboundHttp m_http;
};

} // namespace kp::server::google
