#include "client/roadmap/UpsellCard.h"

#include "client/widgets/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
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

    // The agency's page about the offer, when it has one (only web addresses open from here).
    QLabel *more = nullptr;
    if (const QUrl url(upsell.url);
        url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))) {
        more = new QLabel(QStringLiteral("<a href=\"%1\">%2</a>")
                              .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("Learn more").toHtmlEscaped()));
        more->setObjectName(QStringLiteral("upsellMore_") + id);
        more->setProperty("role", QStringLiteral("link"));
        more->setTextFormat(Qt::RichText);
        more->setOpenExternalLinks(true);
    }

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
    if (more)
        layout->addWidget(more);
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
