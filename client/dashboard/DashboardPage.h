#pragma once

#include "client/dashboard/DashboardPeriod.h"
#include "client/dashboard/MetricsChart.h"
#include "shared/Metrics.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QVBoxLayout;

namespace kp::client {

class Banner;
class CustomPeriodDialog;
class KpiTile;
class PageHeader;
class StatePanel;

// "Dashboard" (UI.md): the period picker and the granularity as a segmented control in the page
// header, a row of KPI tiles with the change against the previous period, the chart card with its
// metric, and the small print of each source (attribution, time zone, last updated, provisional
// days) quiet but always there; a stale source as a warning banner, never as zeros. Talks to
// nobody: DashboardController fills it when the selection changes.
class DashboardPage : public QWidget {
    Q_OBJECT

public:
    explicit DashboardPage(QWidget *parent = nullptr);

    // The day the presets count from (the real today unless a demo or test says otherwise).
    void setToday(QDate today);
    QDate today() const { return m_today; }

    DashboardPeriod period() const { return m_period; }
    metrics::DateSpan span() const;
    metrics::Granularity granularity() const { return m_granularity; }
    // Sets the picker and the granularity without asking for figures (demo, restore).
    void select(DashboardPeriod period, metrics::Granularity granularity, const metrics::DateSpan &custom = {});
    void selectMetric(MetricsChart::Metric metric);

    void showLoading();
    void showReport(const metrics::MetricsReport &report);
    // With figures on screen they stay and the message goes above them; otherwise the error state.
    void showLoadError(const QString &message);

    KpiTile *tile(const QString &key) const { return m_tiles.value(key); }
    MetricsChart *chart() const { return m_chart; }
    CustomPeriodDialog *customPeriodDialog() const { return m_customDialog; }
    bool hasReport() const { return m_hasReport; }

signals:
    // The period or the granularity changed: the figures are to be fetched.
    void selectionChanged();
    void retryRequested();

private:
    QWidget *buildSelectors();
    QWidget *buildTiles();
    QWidget *buildChartCard();
    void periodPicked(int index);
    void openCustomPeriod();
    void showChart();
    void showSmallPrint(const metrics::MetricsReport &report);
    void showHeaderContext();

    QDate m_today;
    DashboardPeriod m_period = DashboardPeriod::Last30Days;
    metrics::DateSpan m_custom;
    metrics::Granularity m_granularity = metrics::Granularity::Day;
    int m_periodIndex = 0;
    bool m_hasReport = false;
    metrics::MetricsReport m_report;

    PageHeader *m_header;
    QComboBox *m_periodBox;
    QButtonGroup *m_granularityButtons;
    Banner *m_staleBanner;
    Banner *m_errorBanner;
    StatePanel *m_state;
    QWidget *m_content;
    QHash<QString, KpiTile *> m_tiles;
    QLabel *m_comparison;
    QComboBox *m_metricBox;
    MetricsChart *m_chart;
    QVBoxLayout *m_smallPrint;
    CustomPeriodDialog *m_customDialog = nullptr;
};

} // namespace kp::client
