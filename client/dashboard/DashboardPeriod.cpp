#include "client/dashboard/DashboardPeriod.h"

namespace kp::client {

QList<DashboardPeriod> dashboardPeriods()
{
    return {DashboardPeriod::Today,      DashboardPeriod::Yesterday, DashboardPeriod::Last7Days,
            DashboardPeriod::Last30Days, DashboardPeriod::ThisMonth, DashboardPeriod::LastMonth,
            DashboardPeriod::AllTime,    DashboardPeriod::Custom};
}

metrics::DateSpan periodSpan(DashboardPeriod period, QDate today)
{
    const QDate firstOfMonth(today.year(), today.month(), 1);
    switch (period) {
    case DashboardPeriod::Today:
    case DashboardPeriod::Custom:
        return {today, today};
    case DashboardPeriod::Yesterday:
        return {today.addDays(-1), today.addDays(-1)};
    case DashboardPeriod::Last7Days:
        return {today.addDays(-6), today};
    case DashboardPeriod::Last30Days:
        return {today.addDays(-29), today};
    case DashboardPeriod::ThisMonth:
        return {firstOfMonth, today};
    case DashboardPeriod::LastMonth:
        return {firstOfMonth.addMonths(-1), firstOfMonth.addDays(-1)};
    case DashboardPeriod::AllTime:
        return {today.addMonths(-37).addDays(1), today};
    }
    return {today, today};
}

} // namespace kp::client
