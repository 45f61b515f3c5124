#pragma once

#include <QJsonArray>
#include <QList>

namespace kp {

// The parts of a video someone has really watched, as a union of [from, to) spans in seconds:
// watching 0–20 s, seeking to 50 s and watching to the end of a 100 s video is 70 s, and
// watching 10–30 s again adds only the 10 s not seen before. Client and server count with it,
// so the share the player shows is the share the server checks.
class WatchedSpans {
public:
    struct Span {
        double from = 0;
        double to = 0;
        bool operator==(const Span &) const = default;
    };

    // Adds [from, to) and merges it with what touches it; an empty or reversed span adds nothing.
    void add(double from, double to);
    // Seconds watched, counting each second once.
    double total() const;
    // Seconds watched within [0, duration) (a span past the end counts only up to it).
    double totalWithin(double duration) const;
    // The watched share of a video of `duration` seconds, 0…1 (0 for a video without length).
    double shareOf(double duration) const;
    const QList<Span> &spans() const { return m_spans; }
    bool isEmpty() const { return m_spans.isEmpty(); }

    // [[from, to], …] with millisecond precision; fromJson drops what is not a pair of numbers.
    QJsonArray toJson() const;
    static WatchedSpans fromJson(const QJsonArray &json);

    bool operator==(const WatchedSpans &) const = default;

private:
    QList<Span> m_spans; // sorted, disjoint, not touching
};

} // namespace kp
