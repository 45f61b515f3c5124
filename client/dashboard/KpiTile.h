#pragma once

#include "client/dashboard/DashboardText.h"

#include <QFrame>

class QLabel;

namespace kp::client {

// One KPI tile (UI.md): the label small, the figure large, the change against the previous
// period with an arrow in the colour of what it means (more leads is good, a higher cost per lead
// is not, spend is neither).
class KpiTile : public QFrame {
    Q_OBJECT

public:
    enum class Sentiment { UpIsGood, UpIsBad, Neutral };

    // objectNames: "kpi_<key>", its figure "kpiValue_<key>", its change "kpiChange_<key>".
    KpiTile(const QString &key, const QString &label, Sentiment sentiment, bool large, QWidget *parent = nullptr);

    void setValue(const QString &value, const DashboardText::Change &change, const QString &previousValue);
    QString value() const;
    QString changeText() const;

private:
    Sentiment m_sentiment;
    QLabel *m_value;
    QLabel *m_change;
};

} // namespace kp::client
