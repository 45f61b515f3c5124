#include "client/dashboard/MetricsChart.h"

#include "client/dashboard/DashboardText.h"
#include "client/widgets/Theme.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QLegendMarker>
#include <QLocale>
#include <QSet>
#include <QStackedBarSeries>
#include <QToolTip>

#include <cmath>

namespace kp::client {
namespace {

// A round step for about four grid lines up to `max`.
double niceStep(double max, bool whole)
{
    const double raw = std::max(max, 1.0) / 4.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / magnitude;
    const double step = (norm <= 1.0 ? 1.0 : norm <= 2.0 ? 2.0 : norm <= 5.0 ? 5.0 : 10.0) * magnitude;
    return whole ? std::max(1.0, std::round(step)) : step;
}

QFont axisFont()
{
    QFont font;
    font.setPixelSize(12);
    return font;
}

void styleAxis(QCategoryAxis *axis, bool grid)
{
    const auto &colors = theme::colors();
    axis->setLabelsFont(axisFont());
    axis->setLabelsColor(colors.secondaryText);
    axis->setLineVisible(false);
    axis->setGridLineVisible(grid);
    axis->setGridLineColor(colors.border);
    axis->setShadesVisible(false);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
}

// A chart in the palette with nothing in it yet.
QChart *emptyChart()
{
    auto *chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(axisFont());
    chart->legend()->setLabelColor(theme::colors().secondaryText);
    return chart;
}

} // namespace

MetricsChart::MetricsChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("metricsChart"));
    setChart(emptyChart());
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    setStyleSheet(QStringLiteral("background: transparent;"));
}

QString MetricsChart::metricName(Metric metric)
{
    switch (metric) {
    case Metric::Leads:
        return tr("Leads");
    case Metric::Spend:
        return tr("Ad spend");
    case Metric::Clicks:
        return tr("Clicks");
    case Metric::Impressions:
        return tr("Impressions");
    }
    return {};
}

bool MetricsChart::isProvisional(int index) const
{
    return m_report.provisionalFrom.isValid() && index >= 0 && index < m_report.buckets.size()
        && m_report.buckets.at(index).span.start >= m_report.provisionalFrom;
}

int MetricsChart::provisionalCount() const
{
    int count = 0;
    for (int i = 0; i < m_report.buckets.size(); ++i)
        count += isProvisional(i) ? 1 : 0;
    return count;
}

double MetricsChart::valueOf(const metrics::MetricValues &values) const
{
    switch (m_metric) {
    case Metric::Leads:
        return values.leads();
    case Metric::Spend:
        return static_cast<double>(values.spendMicros) / 1e6;
    case Metric::Clicks:
        return static_cast<double>(values.clicks);
    case Metric::Impressions:
        return static_cast<double>(values.impressions);
    }
    return 0.0;
}

QString MetricsChart::format(double value) const
{
    const QLocale locale;
    if (m_metric == Metric::Spend)
        return DashboardText::wholeMoney(value, m_report.currency);
    return locale.toString(value, 'f', std::floor(value) == value ? 0 : 1);
}

void MetricsChart::showReport(const metrics::MetricsReport &report, Metric metric)
{
    m_report = report;
    m_metric = metric;
    // A new chart each time: series and axes of the last one go with it.
    auto *chart = emptyChart();
    auto *old = this->chart();
    setChart(chart);
    delete old;
    const auto &colors = theme::colors();
    auto *settled = new QBarSet(metricName(metric));
    auto *provisional = new QBarSet(tr("provisional"));
    auto light = colors.accent;
    light.setAlpha(70);
    settled->setColor(colors.accent);
    settled->setBorderColor(colors.accent);
    provisional->setBrush(light);
    provisional->setPen(QPen(colors.accent, 1.2, Qt::DashLine));
    double max = 0.0;
    for (int i = 0; i < report.buckets.size(); ++i) {
        const double value = valueOf(report.buckets.at(i).values);
        max = std::max(max, value);
        settled->append(isProvisional(i) ? 0.0 : value);
        provisional->append(isProvisional(i) ? value : 0.0);
    }
    auto *series = new QStackedBarSeries;
    series->append(settled);
    series->append(provisional);
    series->setBarWidth(report.buckets.size() == 1 ? 0.3 : 0.72);
    chart->addSeries(series);

    // Along the bottom: a label every few buckets, at most about twelve.
    const int count = int(report.buckets.size());
    auto *x = new QCategoryAxis;
    styleAxis(x, false);
    x->setStartValue(-0.5);
    x->setRange(-0.5, std::max(0, count) - 0.5);
    const int every = std::max(1, (count + 11) / 12);
    QSet<QString> used;
    for (int i = 0; i < count; i += every) {
        const auto &span = report.buckets.at(i).span;
        auto label = DashboardText::bucketLabel(span, report.granularity);
        if (used.contains(label)) // the same ISO week of another year
            label += QStringLiteral(" ’") + QString::number(span.start.year() % 100);
        used.insert(label);
        x->append(label, i);
    }
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);

    auto *y = new QCategoryAxis;
    styleAxis(y, true);
    const double step = niceStep(max, m_metric != Metric::Spend);
    const int steps = std::max(1, int(std::ceil(max / step)));
    y->setStartValue(0);
    y->setRange(0, step * steps);
    for (int i = 0; i <= steps; ++i)
        y->append(format(step * i), step * i);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);

    const bool anyProvisional = provisionalCount() > 0;
    chart->legend()->setVisible(anyProvisional);
    if (anyProvisional) {
        // The legend says which bars are which; the settled ones are the metric.
        const auto markers = chart->legend()->markers(series);
        for (auto *marker : markers)
            marker->setLabelBrush(colors.secondaryText);
    }

    const auto hover = [this](bool status, int index) {
        if (status)
            QToolTip::showText(QCursor::pos(), tooltipAt(index), this);
        else
            QToolTip::hideText();
    };
    connect(settled, &QBarSet::hovered, this, hover);
    connect(provisional, &QBarSet::hovered, this, hover);
}

QStringList MetricsChart::axisLabels() const
{
    const auto axes = chart()->axes(Qt::Horizontal);
    if (axes.isEmpty())
        return {};
    return static_cast<QCategoryAxis *>(axes.constFirst())->categoriesLabels();
}

QString MetricsChart::tooltipAt(int index) const
{
    if (index < 0 || index >= m_report.buckets.size())
        return {};
    const auto &bucket = m_report.buckets.at(index);
    QStringList lines;
    lines.append(DashboardText::bucketLabel(bucket.span, m_report.granularity) + QStringLiteral(" (")
                 + DashboardText::span(bucket.span) + QLatin1Char(')'));
    lines.append(tr("Leads: %1").arg(DashboardText::leads(bucket.values.leadsMilli)));
    lines.append(tr("Ad spend: %1").arg(DashboardText::money(bucket.values.spendMicros, m_report.currency)));
    lines.append(tr("Clicks: %1").arg(DashboardText::count(bucket.values.clicks)));
    lines.append(tr("Impressions: %1").arg(DashboardText::count(bucket.values.impressions)));
    if (isProvisional(index))
        lines.append(tr("provisional: the platform may still revise these figures"));
    return lines.join(QLatin1Char('\n'));
}

} // namespace kp::client
