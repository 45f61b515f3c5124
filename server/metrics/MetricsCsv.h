#pragma once

#include "server/metrics/MetricsConnector.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kp::server::metrics {

// A CSV export of any other ad platform: a header row naming date, leads, spend, clicks and
// impressions (any order, any case, more columns ignored), then one row per day. Dates are ISO
// (2026-12-05); amounts take a decimal point or, as German spreadsheets write them, a comma.
// All or nothing: the first bad row is reported with its line number and nothing is taken.
struct MetricsCsv {
    QList<DailyMetrics> days;
    int problemLine = 0; // 1-based line of the first problem; 0 when the file was read
    QString problem;     // plain English, e.g. "spend \"12,3x\" is not an amount"

    static constexpr int kMaxRows = 5000; // 13 years of days
    static MetricsCsv parse(const QByteArray &bytes);
};

} // namespace kp::server::metrics
