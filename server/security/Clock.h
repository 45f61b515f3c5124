#pragma once

#include <QDateTime>

#include <chrono>
#include <functional>

namespace kp::server {

// Wall-clock time as a value to pass around, so rate limits and expiries can be tested with a
// clock the test moves instead of one it waits for.
using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

} // namespace kp::server
