#pragma once

#include "shared/Metrics.h"

#include <QChartView>

class QBarSet;

namespace kp::client {

// The chart card's chart (UI.md): one metric per bucket as bars in the palette, not Qt's default
// theme; provisional buckets (from the report's provisional_from on) lighter with a dashed edge and
// "vorläufig" in the legend; hovering a bar shows the bucket's exact figures.
class MetricsChart : public QChartView {
    Q_OBJECT

public:
    enum class Metric { Leads, Spend, Clicks, Impressions };

    explicit MetricsChart(QWidget *parent = nullptr);

    static QString metricName(Metric metric);

    void showReport(const metrics::MetricsReport &report, Metric metric);

    int pointCount() const { return int(m_report.buckets.size()); }
    int provisionalCount() const;
    // The labels along the axis, in order (every few buckets when there are many).
    QStringList axisLabels() const;
    // What hovering bucket `index` shows.
    QString tooltipAt(int index) const;

private:
    bool isProvisional(int index) const;
    double valueOf(const metrics::MetricValues &values) const;
    QString format(double value) const;

    metrics::MetricsReport m_report;
    Metric m_metric = Metric::Leads;
};

} // namespace kp::client
