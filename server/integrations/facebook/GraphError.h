#pragma once

#include "server/integrations/OutboundHttp.h"
#include "server/metrics/MetricsConnector.h"

#include <QByteArray>

#include <chrono>
#include <optional>

namespace kp::server::facebook {

using metrics::SourceProblem;

// How long to stay away after a throttle when Meta does not say (its standard tier blocks for
// 60 s, the development tier for 300 s: the longer one is safe for both).
constexpr std::chrono::seconds defaultBackoff {300};

// Usage at or above this percent of a quota counts as throttled already: we stop before Meta's
// hard limit, which would block the ad account for longer.
constexpr int backoffPercent = 95;

// error.code and error.error_subcode of a Graph error answer; 0 where absent.
struct GraphErrorCode {
    int code = 0;
    int subcode = 0;
};
GraphErrorCode graphErrorCode(const HttpAnswer &answer);

// Meta's "Please reduce the amount of data you're asking for" (1/99) and "too much data"
// (100/1487534): the paged GET gave up on the range, an async report run can still read it.
bool asksForLessData(GraphErrorCode error);

// An answer that is not 200 → what went wrong, in plain words for the admin. Graph errors are
// {"error": {"message", "type", "code", "error_subcode", "fbtrace_id"}}, mostly with HTTP 400:
//   190 (expired, revoked, invalid token)      → NeedsToken
//   4, 17, 613, 80000, 80004 (rate limits)     → Throttled, retryAfter from the usage header
//   3018 (range starts over 37 months ago)     → Error
//   no answer, 5xx, or an answer without error → Error, "could not be reached"
//   anything else                              → Error with Meta's message
// The message never holds the token (removed should Meta ever echo it) or the whole body.
SourceProblem graphProblem(const HttpAnswer &answer, const QByteArray &token);

// A 200 answer whose usage header shows a quota at backoffPercent or more → Throttled, so the
// read stops here; nullopt otherwise.
std::optional<SourceProblem> usageProblem(const HttpAnswer &answer);

} // namespace kp::server::facebook
