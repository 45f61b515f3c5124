#include "client/dashboard/KpiTile.h"

#include "client/widgets/Theme.h"

#include <QLabel>
#include <QVBoxLayout>

namespace kp::client {

KpiTile::KpiTile(const QString &key, const QString &label, Sentiment sentiment, bool large, QWidget *parent)
    : QFrame(parent)
    , m_sentiment(sentiment)
    , m_value(new QLabel(QStringLiteral("–")))
    , m_change(new QLabel(QStringLiteral("–")))
{
    setObjectName(QStringLiteral("kpi_") + key);
    setProperty("card", true);
    m_value->setObjectName(QStringLiteral("kpiValue_") + key);
    m_value->setProperty("role", large ? QStringLiteral("kpi") : QStringLiteral("kpiSmall"));
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_change->setObjectName(QStringLiteral("kpiChange_") + key);
    m_change->setProperty("role", QStringLiteral("caption"));
    auto *caption = new QLabel(label);
    caption->setProperty("role", QStringLiteral("caption"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::spacing::l, theme::spacing::m, theme::spacing::l, theme::spacing::m);
    layout->setSpacing(theme::spacing::xs);
    layout->addWidget(caption);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    setAccessibleName(label);
}

void KpiTile::setValue(const QString &value, const DashboardText::Change &change, const QString &previousValue)
{
    m_value->setText(value);
    m_change->setText(change.text);
    QString tone;
    if (change.direction != 0 && m_sentiment != Sentiment::Neutral) {
        const bool good = (change.direction > 0) == (m_sentiment == Sentiment::UpIsGood);
        tone = good ? QStringLiteral("success") : QStringLiteral("danger");
    }
    theme::setStyleProperty(m_change, "tone", tone);
    m_change->setToolTip(previousValue.isEmpty() ? QString() : tr("Previous period: %1").arg(previousValue));
    setAccessibleDescription(value + QLatin1Char(' ') + change.text);
}

QString KpiTile::value() const
{
    return m_value->text();
}

QString KpiTile::changeText() const
{
    return m_change->text();
}

} // namespace kp::client
