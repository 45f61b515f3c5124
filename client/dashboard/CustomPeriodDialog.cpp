#include "client/dashboard/CustomPeriodDialog.h"

#include "client/dashboard/DashboardText.h"
#include "client/widgets/Theme.h"

#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kp::client {

CustomPeriodDialog::CustomPeriodDialog(const metrics::DateSpan &initial, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_from(new QCalendarWidget)
    , m_to(new QCalendarWidget)
    , m_summary(new QLabel)
{
    setObjectName(QStringLiteral("customPeriodDialog"));
    setWindowTitle(tr("Choose a period"));
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    for (auto *calendar : {m_from, m_to}) {
        calendar->setGridVisible(false);
        calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
        calendar->setFirstDayOfWeek(Qt::Monday);
        calendar->setMaximumDate(today);
        calendar->setMinimumDate(today.addMonths(-37).addDays(1));
    }
    m_summary->setObjectName(QStringLiteral("periodSummary"));
    m_summary->setProperty("role", QStringLiteral("secondary"));

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(theme::spacing::xl);
    grid->setVerticalSpacing(theme::spacing::s);
    auto *fromLabel = new QLabel(tr("First day"));
    auto *toLabel = new QLabel(tr("Last day"));
    fromLabel->setProperty("role", QStringLiteral("fieldLabel"));
    toLabel->setProperty("role", QStringLiteral("fieldLabel"));
    grid->addWidget(fromLabel, 0, 0);
    grid->addWidget(toLabel, 0, 1);
    grid->addWidget(m_from, 1, 0);
    grid->addWidget(m_to, 1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *apply = buttons->button(QDialogButtonBox::Ok);
    apply->setText(tr("Show period"));
    apply->setObjectName(QStringLiteral("periodApply"));
    apply->setProperty("variant", QStringLiteral("primary"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::spacing::xl, theme::spacing::xl, theme::spacing::xl, theme::spacing::xl);
    layout->setSpacing(theme::spacing::l);
    layout->addLayout(grid);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_from, &QCalendarWidget::selectionChanged, this, [this] {
        m_to->setMinimumDate(m_from->selectedDate());
        showSummary();
    });
    connect(m_to, &QCalendarWidget::selectionChanged, this, &CustomPeriodDialog::showSummary);
    setSpan(initial);
}

metrics::DateSpan CustomPeriodDialog::span() const
{
    return {m_from->selectedDate(), m_to->selectedDate()};
}

void CustomPeriodDialog::setSpan(const metrics::DateSpan &span)
{
    m_to->setMinimumDate(m_from->minimumDate());
    m_from->setSelectedDate(span.start);
    m_to->setSelectedDate(span.end);
    m_to->setMinimumDate(m_from->selectedDate());
    showSummary();
}

void CustomPeriodDialog::showSummary()
{
    const auto chosen = span();
    m_summary->setText(tr("%1 (%n day(s))", nullptr, int(chosen.days())).arg(DashboardText::span(chosen)));
}

} // namespace kp::client
