#include "client/roadmap/UpsellCard.h"

#include "client/widgets/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kp::client {

UpsellCard::UpsellCard(const RoadmapUpsell &upsell, QWidget *parent)
    : QFrame(parent)
    , m_upsell(upsell)
    , m_interest(new QPushButton(upsell.cta.isEmpty() ? tr("I'm interested") : upsell.cta))
    , m_dismiss(new QPushButton(tr("Don't show again")))
    , m_confirmation(new QLabel(tr("The agency will get in touch with you.")))
{
    const auto &id = upsell.id;
    setObjectName(QStringLiteral("upsell_") + id);
    setProperty("card", true);
    setAccessibleName(upsell.title);

    auto *title = new QLabel(upsell.title);
    title->setObjectName(QStringLiteral("upsellTitle_") + id);
    title->setProperty("role", QStringLiteral("cardTitle"));
    title->setWordWrap(true);
    auto *text = new QLabel(upsell.text);
    text->setObjectName(QStringLiteral("upsellText_") + id);
    text->setProperty("role", QStringLiteral("secondary"));
    text->setWordWrap(true);

    m_interest->setObjectName(QStringLiteral("upsellInterest_") + id);
    m_interest->setProperty("variant", QStringLiteral("primary"));
    m_dismiss->setObjectName(QStringLiteral("upsellDismiss_") + id);
    m_dismiss->setProperty("variant", QStringLiteral("link"));
    m_dismiss->setToolTip(tr("Hides this offer for good, also on your other devices."));
    m_confirmation->setObjectName(QStringLiteral("upsellConfirmation_") + id);
    m_confirmation->setProperty("role", QStringLiteral("caption"));
    m_confirmation->setProperty("tone", QStringLiteral("success"));
    m_confirmation->setWordWrap(true);
    m_confirmation->hide();

    auto *actions = new QHBoxLayout;
    actions->setSpacing(theme::spacing::m);
    actions->addWidget(m_interest);
    actions->addWidget(m_dismiss);
    actions->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::spacing::l, theme::spacing::l, theme::spacing::l, theme::spacing::l);
    layout->setSpacing(theme::spacing::s);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(theme::spacing::xs);
    layout->addLayout(actions);
    layout->addWidget(m_confirmation);

    connect(m_interest, &QPushButton::clicked, this, [this] { emit interestRequested(m_upsell.id); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { emit dismissRequested(m_upsell.id); });
}

void UpsellCard::setBusy(bool busy)
{
    m_interest->setEnabled(!busy);
    m_dismiss->setEnabled(!busy);
}

void UpsellCard::showInterested()
{
    m_interest->hide();
    m_dismiss->hide();
    m_confirmation->show();
}

bool UpsellCard::isInterested() const
{
    return !m_confirmation->isHidden();
}

} // namespace kp::client
