#pragma once

#include "server/integrations/OutboundHttp.h"
#include "server/integrations/facebook/GraphError.h"
#include "server/metrics/MetricsConnector.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace kp::server::facebook {

// A 200 answer's body, or why there is none.
using GraphResult = std::variant<QByteArray, metrics::SourceProblem>;

// One read's requests to the Graph API with one access token. The token goes in an
// Authorization: Bearer header, never in a URL, so it cannot end up in a log line or a proxy's
// access log. Every answer is checked the same way: an error becomes a SourceProblem
// (graphProblem), and a 200 whose usage header shows a quota nearly used up stops the read as
// Throttled (usageProblem). Counts its requests for the read's log line.
class GraphClient {
public:
    GraphClient(const OutboundHttp &http, QByteArray token);

    GraphResult get(const QByteArray &path, const QByteArray &query);
    GraphResult postForm(const QByteArray &path, const QByteArray &formBody);

    int requests() const { return m_requests; }
    // The Graph error code of the last answer ({0, 0} after a success or without an answer).
    GraphErrorCode lastError() const { return m_lastError; }

    // paging.next is an absolute URL on graph.facebook.com: its path and query (less any
    // access_token) to send to our configured base instead, so a test fake or a proxy in front
    // of Meta is used for every page. nullopt when it is not an http(s) URL with a path.
    static std::optional<std::pair<QByteArray, QByteArray>> nextPage(const QString &nextUrl);

private:
    GraphResult checked(const HttpAnswer &answer);

    const OutboundHttp &m_http;
    QByteArray m_token;
    int m_requests = 0;
    GraphErrorCode m_lastError;
};

} // namespace kp::server::facebook
