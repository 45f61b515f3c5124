#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace kp::client {

// How far one customer is with the checklist, in one line for the agency: "7 of 12 done" over a
// small bar, then "Completed on 03.12.2026" or "Open" as a badge. objectNames end in `suffix`
// (progressFigure_<suffix>, progressState_<suffix>). The badge keeps the room of the longest one,
// so summaries line up card under card; `badgeAlignment` puts it to that room's left or right.
class ChecklistProgressSummary : public QWidget {
    Q_OBJECT

public:
    explicit ChecklistProgressSummary(const QString &suffix, Qt::Alignment badgeAlignment = Qt::AlignLeft,
                                      QWidget *parent = nullptr);

    // `completedAt` invalid: still open.
    void setProgress(int requiredAnswered, int requiredTotal, const QDateTime &completedAt);

private:
    QLabel *m_figure;
    QProgressBar *m_bar;
    QLabel *m_state;
};

} // namespace kp::client
