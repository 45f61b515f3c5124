#include "client/onboarding/ChecklistProgressSummary.h"

#include "client/widgets/Format.h"
#include "client/widgets/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>

namespace kp::client {
namespace {

constexpr int kBarWidth = 160;
// "Completed on 03.12.2026" and "Open" take the same room, so the columns line up card under card.
constexpr int kStateWidth = 224;

} // namespace

ChecklistProgressSummary::ChecklistProgressSummary(const QString &suffix, Qt::Alignment badgeAlignment, QWidget *parent)
    : QWidget(parent)
    , m_figure(new QLabel)
    , m_bar(new QProgressBar)
    , m_state(new QLabel)
{
    m_figure->setObjectName(QStringLiteral("progressFigure_") + suffix);
    m_figure->setProperty("role", QStringLiteral("caption"));
    m_bar->setObjectName(QStringLiteral("progressBar_") + suffix);
    m_bar->setTextVisible(false);
    m_bar->setFixedWidth(kBarWidth);
    m_state->setObjectName(QStringLiteral("progressState_") + suffix);
    m_state->setProperty("role", QStringLiteral("badge"));

    auto *figures = new QVBoxLayout;
    figures->setSpacing(theme::spacing::xs + 2);
    figures->addStretch();
    figures->addWidget(m_figure);
    figures->addWidget(m_bar);
    figures->addStretch();
    auto *state = new QHBoxLayout;
    state->setContentsMargins(0, 0, 0, 0);
    if (badgeAlignment & Qt::AlignRight)
        state->addStretch();
    state->addWidget(m_state);
    if (!(badgeAlignment & Qt::AlignRight))
        state->addStretch();
    auto *stateColumn = new QWidget;
    stateColumn->setFixedWidth(kStateWidth);
    stateColumn->setLayout(state);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(theme::spacing::xl);
    layout->addLayout(figures);
    layout->addWidget(stateColumn, 0, Qt::AlignVCenter);
}

void ChecklistProgressSummary::setProgress(int requiredAnswered, int requiredTotal, const QDateTime &completedAt)
{
    m_figure->setText(tr("%1 of %n done", nullptr, requiredTotal).arg(requiredAnswered));
    m_bar->setRange(0, std::max(1, requiredTotal));
    m_bar->setValue(std::clamp(requiredAnswered, 0, m_bar->maximum()));
    const bool complete = completedAt.isValid();
    m_state->setText(complete ? tr("Completed on %1").arg(format::date(completedAt.toLocalTime().date())) : tr("Open"));
    theme::setStyleProperty(m_state, "tone", complete ? QStringLiteral("success") : QStringLiteral("warning"));
}

} // namespace kp::client
