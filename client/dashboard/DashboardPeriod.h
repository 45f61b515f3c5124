#pragma once

#include "shared/MetricsBuckets.h"

#include <QDate>
#include <QList>

namespace kp::client {

// The dashboard's period picker (UI.md "Dashboard"). Custom is "Zeitraum…": two dates chosen
// in calendars.
enum class DashboardPeriod { Today, Yesterday, Last7Days, Last30Days, ThisMonth, LastMonth, AllTime, Custom };

// The presets in the picker's order (Custom last).
QList<DashboardPeriod> dashboardPeriods();

// The days a preset covers on `today`, both ends inclusive: "Letzte 7 Tage" are today and the
// six days before it; "Dieser Monat" runs from the first to today; "Gesamt" reaches back as far
// as the ad platforms keep figures (Facebook: 37 months). Custom has no days of its own and
// gives `today` alone.
metrics::DateSpan periodSpan(DashboardPeriod period, QDate today);

} // namespace kp::client
