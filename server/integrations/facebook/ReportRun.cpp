#include "server/integrations/facebook/ReportRun.h"

#include "server/core/LogSafe.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_DECLARE_LOGGING_CATEGORY(lcFacebook)

namespace kp::server::facebook {
namespace {

using metrics::SourceProblem;
using metrics::SourceStatus;

SourceProblem failed(const QString &message)
{
    return {SourceStatus::Error, message, {}};
}

} // namespace

ReportRun::ReportRun(GraphClient &graph, QByteArray version, google::Sleeper sleep, PollLimits limits)
    : m_graph(graph)
    , m_version(std::move(version))
    , m_sleep(std::move(sleep))
    , m_limits(limits)
{
}

std::variant<QByteArray, SourceProblem> ReportRun::run(const QByteArray &insightsPath, const QByteArray &params)
{
    auto started = start(insightsPath, params);
    if (const auto *problem = std::get_if<SourceProblem>(&started))
        return *problem;
    const auto runId = std::get<QByteArray>(started);
    if (auto problem = waitFor(runId))
        return *problem;
    return runId;
}

std::variant<QByteArray, SourceProblem> ReportRun::start(const QByteArray &insightsPath, const QByteArray &params)
{
    auto answer = m_graph.postForm(insightsPath, params);
    if (const auto *problem = std::get_if<SourceProblem>(&answer))
        return *problem;
    const auto runId = QJsonDocument::fromJson(std::get<QByteArray>(answer))
                           .object()
                           .value(QLatin1String("report_run_id"))
                           .toString();
    // The id becomes a path segment: digits only, as Meta's are.
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,30}$"));
    if (!digits.match(runId).hasMatch())
        return failed(QStringLiteral("Facebook did not start the insights report (no report_run_id in its answer)."));
    qCDebug(lcFacebook, "insights report run %s started", qUtf8Printable(runId));
    return runId.toUtf8();
}

std::optional<SourceProblem> ReportRun::waitFor(const QByteArray &runId)
{
    const auto path = '/' + m_version + '/' + runId;
    auto wait = m_limits.firstWait;
    std::chrono::milliseconds waited {0};
    for (;;) {
        auto answer = m_graph.get(path, "fields=async_status,async_percent_completion");
        if (const auto *problem = std::get_if<SourceProblem>(&answer))
            return *problem;
        const auto job = QJsonDocument::fromJson(std::get<QByteArray>(answer)).object();
        const auto status = job.value(QLatin1String("async_status")).toString();
        if (status == QLatin1String("Job Completed"))
            return std::nullopt;
        if (status == QLatin1String("Job Failed") || status == QLatin1String("Job Skipped"))
            return failed(
                QStringLiteral("Facebook could not prepare the insights report (%1); the next sync tries again.")
                    .arg(status));
        if (status.isEmpty())
            return failed(QStringLiteral("Facebook sent a report status we could not read."));
        qCDebug(lcFacebook, "insights report run %s: %s, %d%%", runId.constData(), qUtf8Printable(logSafe(status, 40)),
                job.value(QLatin1String("async_percent_completion")).toInt());
        if (waited + wait > m_limits.budget)
            return failed(
                QStringLiteral("Facebook took too long to prepare the insights report; the next sync tries again."));
        if (!m_sleep(wait))
            return failed(QStringLiteral("The sync stopped before Facebook finished the insights report."));
        waited += wait;
        wait = std::min(wait * 2, m_limits.longestWait);
    }
}

} // namespace kp::server::facebook
