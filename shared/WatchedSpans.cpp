#include "shared/WatchedSpans.h"

#include <algorithm>
#include <cmath>

namespace kp {

namespace {

double toMilliseconds(double seconds)
{
    return std::round(seconds * 1000.0) / 1000.0;
}

} // namespace

void WatchedSpans::add(double from, double to)
{
    if (!std::isfinite(from) || !std::isfinite(to))
        return;
    from = std::max(0.0, toMilliseconds(from));
    to = toMilliseconds(to);
    if (to <= from)
        return;
    QList<Span> merged;
    merged.reserve(m_spans.size() + 1);
    Span added {from, to};
    bool placed = false;
    for (const auto &span : std::as_const(m_spans)) {
        if (span.to < added.from) {
            merged.append(span);
        } else if (added.to < span.from) {
            if (!placed) {
                merged.append(added);
                placed = true;
            }
            merged.append(span);
        } else {
            added = {std::min(added.from, span.from), std::max(added.to, span.to)};
        }
    }
    if (!placed)
        merged.append(added);
    m_spans = std::move(merged);
}

double WatchedSpans::total() const
{
    double sum = 0;
    for (const auto &span : m_spans)
        sum += span.to - span.from;
    return sum;
}

double WatchedSpans::totalWithin(double duration) const
{
    double sum = 0;
    for (const auto &span : m_spans) {
        if (span.from >= duration)
            break;
        sum += std::min(span.to, duration) - span.from;
    }
    return sum;
}

double WatchedSpans::shareOf(double duration) const
{
    if (!(duration > 0))
        return 0;
    return std::clamp(totalWithin(duration) / duration, 0.0, 1.0);
}

QJsonArray WatchedSpans::toJson() const
{
    QJsonArray json;
    for (const auto &span : m_spans)
        json.append(QJsonArray {span.from, span.to});
    return json;
}

WatchedSpans WatchedSpans::fromJson(const QJsonArray &json)
{
    WatchedSpans spans;
    for (const auto &value : json) {
        const auto pair = value.toArray();
        if (pair.size() == 2 && pair.at(0).isDouble() && pair.at(1).isDouble())
            spans.add(pair.at(0).toDouble(), pair.at(1).toDouble());
    }
    return spans;
}

} // namespace kp
