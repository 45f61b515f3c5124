#include "client/widgets/AuthFrame.h"

#include "client/widgets/Theme.h"

#include <QFrame>
#include <QGraphicsDropShadowEffect>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kp::client {
namespace {

QWidget *brandRow(QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *logo = new QLabel(row);
    logo->setPixmap(theme::logo(36));
    auto *name = new QLabel(AuthFrame::tr("Kundenportal"), row);
    name->setProperty("role", QStringLiteral("heroTitle"));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(theme::spacing::m);
    layout->addStretch();
    layout->addWidget(logo);
    layout->addWidget(name);
    layout->addStretch();
    return row;
}

} // namespace

AuthFrame::AuthFrame(QWidget *parent, int cardWidth)
    : QWidget(parent)
    , m_body(new QVBoxLayout)
    , m_footer(new QVBoxLayout)
{
    setObjectName(QStringLiteral("authBackground"));
    setAttribute(Qt::WA_StyledBackground);

    auto *card = new QFrame;
    card->setProperty("card", true);
    card->setFixedWidth(cardWidth);
    auto *shadow = new QGraphicsDropShadowEffect(card);
    shadow->setBlurRadius(32);
    shadow->setOffset(0, 6);
    shadow->setColor(QColor(15, 23, 42, 28));
    card->setGraphicsEffect(shadow);
    m_body->setParent(nullptr);
    card->setLayout(m_body);
    m_body->setContentsMargins(theme::spacing::xxl, theme::spacing::xxl, theme::spacing::xxl, theme::spacing::xxl);
    m_body->setSpacing(theme::spacing::l);

    auto *column = new QWidget;
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setSpacing(theme::spacing::xl);
    columnLayout->addStretch();
    columnLayout->addWidget(brandRow(column));
    // Centred by stretches, not by an alignment flag: an aligned widget loses height-for-width,
    // and the card's wrapped texts would be cut off.
    auto *cardRow = new QHBoxLayout;
    cardRow->addStretch();
    cardRow->addWidget(card);
    cardRow->addStretch();
    columnLayout->addLayout(cardRow);
    columnLayout->addLayout(m_footer);
    columnLayout->addStretch();

    // Scrolls instead of squeezing when the window is small and the form long.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(column);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

} // namespace kp::client
