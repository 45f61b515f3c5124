#include "server/metrics/MetricsConnector.h"

namespace kp::server::metrics {

QString sourceStatusName(SourceStatus status)
{
    switch (status) {
    case SourceStatus::Ok:
        return QStringLiteral("ok");
    case SourceStatus::Syncing:
        return QStringLiteral("syncing");
    case SourceStatus::NeedsToken:
        return QStringLiteral("needs_token");
    case SourceStatus::Throttled:
        return QStringLiteral("throttled");
    case SourceStatus::Error:
        break;
    }
    return QStringLiteral("error");
}

} // namespace kp::server::metrics
