#include "client/messenger/SupportPage.h"

#include "client/widgets/PageHeader.h"
#include "client/widgets/StatePanel.h"
#include "client/widgets/Theme.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace kp::client {
namespace {

constexpr int kCardWidth = 480;
constexpr int kTextWidth = kCardWidth - 2 * theme::spacing::xxl;

} // namespace

SupportPage::SupportPage(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget)
    , m_loading(new StatePanel)
    , m_unavailable(new QWidget)
    , m_icon(new QLabel)
    , m_title(new QLabel)
    , m_text(new QLabel)
    , m_retry(new QPushButton(theme::icon(QStringLiteral("view-refresh")), tr("Try again")))
    , m_callback(
          new QPushButton(theme::icon(QStringLiteral("call-start"), theme::colors().surface), tr("Request a callback")))
{
    setObjectName(QStringLiteral("supportPage"));
    m_loading->setObjectName(QStringLiteral("supportLoading"));
    m_unavailable->setObjectName(QStringLiteral("supportUnavailable"));
    m_title->setObjectName(QStringLiteral("supportStateTitle"));
    m_text->setObjectName(QStringLiteral("supportStateText"));
    m_retry->setObjectName(QStringLiteral("supportRetryButton"));
    m_callback->setObjectName(QStringLiteral("requestCallbackButton"));
    m_callback->setProperty("variant", QStringLiteral("primary"));
    m_title->setProperty("role", QStringLiteral("sectionTitle"));
    m_text->setProperty("role", QStringLiteral("secondary"));
    m_text->setWordWrap(true);
    for (auto *label : {m_icon, m_title, m_text})
        label->setAlignment(Qt::AlignCenter);

    // The designed state: a card in the middle of the content area, the callback as its one
    // accent-coloured action, so the customer still reaches the agency.
    auto *card = new QFrame;
    card->setObjectName(QStringLiteral("supportStateCard"));
    card->setProperty("card", true);
    card->setFixedWidth(kCardWidth);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(theme::spacing::xxl, theme::spacing::xxl, theme::spacing::xxl, theme::spacing::xxl);
    cardLayout->setSpacing(theme::spacing::m);
    cardLayout->addWidget(m_icon);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_text);
    cardLayout->addSpacing(theme::spacing::s);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(theme::spacing::s);
    buttons->addStretch();
    buttons->addWidget(m_retry);
    buttons->addWidget(m_callback);
    buttons->addStretch();
    cardLayout->addLayout(buttons);

    auto *column = new QVBoxLayout(m_unavailable);
    column->setContentsMargins(theme::spacing::xxl, theme::spacing::xxl, theme::spacing::xxl, theme::spacing::xxl);
    column->setSpacing(theme::spacing::xl);
    column->addWidget(new PageHeader(tr("Support"), tr("Write to your agency, or ask for a callback.")));
    column->addStretch();
    column->addWidget(card, 0, Qt::AlignHCenter);
    column->addStretch(2);

    m_stack->addWidget(m_loading);
    m_stack->addWidget(m_unavailable);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_retry, &QPushButton::clicked, this, &SupportPage::retryRequested);
    connect(m_callback, &QPushButton::clicked, this, &SupportPage::callbackRequested);
    showLoading();
}

void SupportPage::showLoading()
{
    m_state = State::Loading;
    m_loading->showLoading(tr("Opening the chat …"));
    m_stack->setCurrentWidget(m_loading);
}

void SupportPage::showOffline()
{
    showUnavailable(State::Offline, QStringLiteral("network-offline"), tr("The chat cannot be reached right now"),
                    tr("Check your internet connection and try again. For anything urgent, ask for a callback: "
                       "your agency will call you back."),
                    true);
}

void SupportPage::showNotConfigured()
{
    showUnavailable(State::NotConfigured, QStringLiteral("chat-message-new"), tr("The chat is not set up yet"),
                    tr("Your agency has not switched on the chat. Ask for a callback instead: your agency will "
                       "call you back."),
                    false);
}

void SupportPage::showUnavailable(State state, const QString &icon, const QString &title, const QString &text,
                                  bool retry)
{
    m_state = state;
    m_loading->clear();
    m_icon->setPixmap(theme::icon(icon).pixmap(48, 48));
    m_title->setText(title);
    m_text->setText(text);
    // A wrapped label in a centred card does not grow by itself: give it the height it needs.
    m_text->setFixedSize(kTextWidth, m_text->heightForWidth(kTextWidth));
    m_retry->setVisible(retry);
    m_stack->setCurrentWidget(m_unavailable);
}

void SupportPage::showChat(QWidget *messenger)
{
    m_state = State::Chat;
    if (m_stack->indexOf(messenger) < 0)
        m_stack->addWidget(messenger);
    m_stack->setCurrentWidget(messenger);
}

void SupportPage::removeChat(QWidget *messenger)
{
    m_stack->removeWidget(messenger);
    messenger->setParent(nullptr);
}

} // namespace kp::client
