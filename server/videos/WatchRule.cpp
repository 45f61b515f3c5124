#include "server/videos/WatchRule.h"

#include <algorithm>

namespace kp::server {

WatchRecord WatchRule::apply(std::optional<WatchRecord> previous, double positionS, std::optional<double> fromS,
                             double durationS, qint64 nowMs)
{
    const double position = std::clamp(positionS, 0.0, durationS);
    WatchRecord record = previous.value_or(WatchRecord {});
    if (previous) {
        const double from = std::clamp(fromS.value_or(previous->positionS), 0.0, durationS);
        const double elapsedS = double(std::max<qint64>(0, nowMs - previous->reportedAtMs)) / 1000.0;
        const double span = position - from;
        if (span > 0 && span <= kLongestSpanS && span <= elapsedS * kFastestSpeed * kJitterAllowance)
            record.spans.add(from, position);
    }
    record.positionS = position;
    record.maxPositionS = std::max(record.maxPositionS, position);
    record.reportedAtMs = nowMs;
    return record;
}

} // namespace kp::server
