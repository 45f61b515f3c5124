#pragma once

#include "shared/MetricsBuckets.h"

#include <QDialog>

class QCalendarWidget;
class QLabel;

namespace kp::client {

// "Zeitraum…": the first and the last day side by side in two calendars, nothing after today, the
// last day never before the first.
class CustomPeriodDialog : public QDialog {
    Q_OBJECT

public:
    CustomPeriodDialog(const metrics::DateSpan &initial, QDate today, QWidget *parent = nullptr);

    metrics::DateSpan span() const;
    void setSpan(const metrics::DateSpan &span);

private:
    void showSummary();

    QCalendarWidget *m_from;
    QCalendarWidget *m_to;
    QLabel *m_summary;
};

} // namespace kp::client
