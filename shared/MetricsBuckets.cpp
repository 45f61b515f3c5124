#include "shared/MetricsBuckets.h"

namespace kp::metrics {

QString granularityName(Granularity granularity)
{
    switch (granularity) {
    case Granularity::Day:
        return QStringLiteral("day");
    case Granularity::Week:
        return QStringLiteral("week");
    case Granularity::Month:
        return QStringLiteral("month");
    case Granularity::Total:
        break;
    }
    return QStringLiteral("total");
}

std::optional<Granularity> granularityFromName(const QString &name)
{
    for (const auto granularity : {Granularity::Day, Granularity::Week, Granularity::Month, Granularity::Total})
        if (granularityName(granularity) == name)
            return granularity;
    return std::nullopt;
}

QDate bucketStart(QDate day, Granularity granularity, QDate rangeStart)
{
    switch (granularity) {
    case Granularity::Day:
        return day;
    case Granularity::Week:
        return day.addDays(1 - day.dayOfWeek()); // Qt: Monday = 1 … Sunday = 7, as ISO
    case Granularity::Month:
        return QDate(day.year(), day.month(), 1);
    case Granularity::Total:
        break;
    }
    return rangeStart;
}

QList<DateSpan> bucketsOf(QDate from, QDate to, Granularity granularity)
{
    QList<DateSpan> buckets;
    if (!from.isValid() || !to.isValid() || from > to)
        return buckets;
    if (granularity == Granularity::Total)
        return {DateSpan {from, to}};
    for (QDate start = from; start <= to;) {
        QDate next;
        switch (granularity) {
        case Granularity::Day:
            next = start.addDays(1);
            break;
        case Granularity::Week:
            next = bucketStart(start, granularity, from).addDays(7);
            break;
        default:
            next = bucketStart(start, granularity, from).addMonths(1);
            break;
        }
        buckets.append(DateSpan {start, std::min(next.addDays(-1), to)});
        start = next;
    }
    return buckets;
}

DateSpan previousPeriod(const DateSpan &period)
{
    const auto end = period.start.addDays(-1);
    return DateSpan {end.addDays(1 - period.days()), end};
}

QString isoWeekLabel(QDate day)
{
    int year = 0;
    const int week = day.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

} // namespace kp::metrics
