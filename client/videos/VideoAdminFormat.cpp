#include "client/videos/VideoAdminFormat.h"

#include <cmath>

namespace kp::client::videoformat {

QString duration(double seconds)
{
    if (seconds <= 0)
        return QStringLiteral("–");
    const auto total = qint64(std::llround(seconds));
    const auto two = [](qint64 value) { return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0')); };
    if (total >= 3600)
        return QStringLiteral("%1:%2:%3").arg(total / 3600).arg(two(total / 60 % 60), two(total % 60));
    return QStringLiteral("%1:%2").arg(total / 60).arg(two(total % 60));
}

} // namespace kp::client::videoformat
