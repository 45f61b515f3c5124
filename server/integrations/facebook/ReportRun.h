#pragma once

#include "server/integrations/facebook/GraphClient.h"
#include "server/integrations/google_sheets/Retrier.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <optional>

namespace kp::server::facebook {

// How long an async report may take before the sync gives up on it for now.
struct PollLimits {
    std::chrono::milliseconds firstWait {2000};    // doubled after every poll …
    std::chrono::milliseconds longestWait {30000}; // … up to this
    std::chrono::milliseconds budget {std::chrono::minutes(5)};
};

// Meta's async insights: POST /{v}/act_{id}/insights with the same parameters as the paged GET
// → {"report_run_id": "…"}; then GET /{v}/{report_run_id} until async_status is "Job Completed"
// (async_percent_completion can read 100 while the job still runs, so only the status counts);
// "Job Failed" and "Job Skipped" end it. Waits go through the Sleeper, so tests do not sleep and
// a stopping job runner cuts them short. Returns the finished run's id, whose rows are at
// GET /{v}/{report_run_id}/insights.
class ReportRun {
public:
    ReportRun(GraphClient &graph, QByteArray version, google::Sleeper sleep, PollLimits limits);

    std::variant<QByteArray, metrics::SourceProblem> run(const QByteArray &insightsPath, const QByteArray &params);

private:
    std::variant<QByteArray, metrics::SourceProblem> start(const QByteArray &insightsPath, const QByteArray &params);
    // nullopt: done; otherwise why not.
    std::optional<metrics::SourceProblem> waitFor(const QByteArray &runId);

    GraphClient &m_graph;
    QByteArray m_version;
    google::Sleeper m_sleep;
    PollLimits m_limits;
};

} // namespace kp::server::facebook
