#include "client/onboarding/CustomerProgressCard.h"

#include "client/onboarding/ChecklistProgressSummary.h"
#include "client/widgets/Avatar.h"
#include "client/widgets/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QVBoxLayout>

namespace kp::client {

CustomerProgressCard::CustomerProgressCard(const Account &account, QWidget *parent)
    : QFrame(parent)
    , m_account(account)
    , m_avatar(new Avatar(40))
{
    setObjectName(QStringLiteral("progress_") + account.id);
    setProperty("card", true);
    setCursor(Qt::PointingHandCursor);

    m_avatar->setName(account.name);
    auto *name = new QLabel(account.name);
    name->setProperty("role", QStringLiteral("sectionTitle"));
    auto *company = new QLabel(account.company);
    company->setProperty("role", QStringLiteral("secondary"));
    auto *who = new QVBoxLayout;
    who->setSpacing(2);
    who->addWidget(name);
    who->addWidget(company);

    const auto onboarding = account.onboarding.value_or(AccountOnboarding {});
    auto *summary = new ChecklistProgressSummary(account.id);
    summary->setProgress(onboarding.requiredAnswered, onboarding.requiredTotal,
                         isComplete() ? onboarding.checklistCompletedAt : QDateTime());

    auto *open = new QPushButton(tr("View answers"));
    open->setObjectName(QStringLiteral("progressOpen_") + account.id);
    open->setProperty("variant", QStringLiteral("link"));
    connect(open, &QPushButton::clicked, this, [this] { emit openRequested(m_account); });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(theme::spacing::l + 4, theme::spacing::l, theme::spacing::l + 4, theme::spacing::l);
    layout->setSpacing(theme::spacing::l);
    layout->addWidget(m_avatar, 0, Qt::AlignVCenter);
    layout->addLayout(who, 1);
    layout->addWidget(summary);
    layout->addWidget(open, 0, Qt::AlignVCenter);
}

bool CustomerProgressCard::isComplete() const
{
    return m_account.onboarding && m_account.onboarding->checklistComplete
        && m_account.onboarding->checklistCompletedAt.isValid();
}

void CustomerProgressCard::setPicture(const QImage &picture)
{
    m_avatar->setPicture(picture);
}

void CustomerProgressCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit openRequested(m_account);
    QFrame::mouseReleaseEvent(event);
}

} // namespace kp::client
