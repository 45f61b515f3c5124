#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace kp::metrics {

// How the dashboard groups daily rows (API.md "Performance metrics").
enum class Granularity { Day, Week, Month, Total };

QString granularityName(Granularity granularity); // "day", "week", "month", "total"
std::optional<Granularity> granularityFromName(const QString &name);

// One bucket of a range: both ends inclusive.
struct DateSpan {
    QDate start;
    QDate end;

    qint64 days() const { return start.daysTo(end) + 1; }
    bool contains(QDate day) const { return day >= start && day <= end; }
    bool operator==(const DateSpan &) const = default;
};

// The first day of the bucket that holds `day`: itself, the Monday of its ISO week, the first
// of its month; for Total, `rangeStart`.
QDate bucketStart(QDate day, Granularity granularity, QDate rangeStart);

// Every bucket of [from, to] in order, clipped to the range, none left out: a week that starts
// before `from` begins at `from`, a month that ends after `to` ends at `to`. Total is one
// bucket. Empty when from > to or either date is invalid.
QList<DateSpan> bucketsOf(QDate from, QDate to, Granularity granularity);

// The period of the same length that ends the day before `period` starts ("compared with the
// previous 7 days").
DateSpan previousPeriod(const DateSpan &period);

// ISO 8601 week label, e.g. "2026-W01" for 2025-12-29 (the week belongs to the year that holds its Thursday).
QString isoWeekLabel(QDate day);

} // namespace kp::metrics
