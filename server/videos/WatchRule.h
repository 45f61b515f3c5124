#pragma once

#include "server/videos/VideoStore.h"

#include <optional>

namespace kp::server {

// How a progress report changes what a customer watched (API.md: "a span counts only if the
// wall-clock time between two reports allows it"). A report says "I watched from `from` to
// `position`" (`from` defaults to where the last report ended). The span counts when it is no
// longer than the time since the last report allows at the player's fastest speed, with a
// quarter more for network jitter (a report that arrives late shortens the next interval);
// anything longer is a seek, or a lie, and only moves the cursor. The allowance grows only with
// time, never per report, so however a client reports (many tiny reports included) it cannot
// be credited faster than 2.5 × real time. One report covers at most kLongestSpanS: a player
// left open for an hour must not claim the whole video in one go.
struct WatchRule {
    static constexpr double kFastestSpeed = 2.0;
    static constexpr double kJitterAllowance = 1.25;
    static constexpr double kLongestSpanS = 60.0;

    // The record after a report at `nowMs`; `durationS` caps positions.
    static WatchRecord apply(std::optional<WatchRecord> previous, double positionS, std::optional<double> fromS,
                             double durationS, qint64 nowMs);
};

} // namespace kp::server
