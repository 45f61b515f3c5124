#include "client/widgets/StatePanel.h"

#include "client/widgets/Theme.h"

#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace kp::client {

StatePanel::StatePanel(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("Try again"), this))
    , m_loadingDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("statePanel"));
    m_title->setObjectName(QStringLiteral("stateTitle"));
    m_retry->setObjectName(QStringLiteral("stateRetry"));
    m_title->setProperty("role", QStringLiteral("sectionTitle"));
    m_text->setProperty("role", QStringLiteral("secondary"));
    m_text->setWordWrap(true);
    for (auto *label : {m_icon, m_title, m_text})
        label->setAlignment(Qt::AlignCenter);
    m_retry->setIcon(theme::icon(QStringLiteral("view-refresh")));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(theme::spacing::s);
    layout->addStretch();
    layout->addWidget(m_icon);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addSpacing(theme::spacing::s);
    layout->addWidget(m_retry, 0, Qt::AlignHCenter);
    layout->addStretch();

    m_loadingDelay->setSingleShot(true);
    m_loadingDelay->setInterval(150);
    connect(m_loadingDelay, &QTimer::timeout, this, [this] { setVisible(true); });
    connect(m_retry, &QPushButton::clicked, this, &StatePanel::retryRequested);
}

void StatePanel::showState(const QString &icon, const QString &title, const QString &text, bool retry)
{
    m_loadingDelay->stop();
    m_icon->setPixmap(icon.isEmpty() ? QPixmap() : theme::icon(icon).pixmap(40, 40));
    m_icon->setVisible(!icon.isEmpty());
    m_title->setText(title);
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    m_retry->setVisible(retry);
}

void StatePanel::showLoading(const QString &text)
{
    showState(QStringLiteral("document-open-recent"), text, QString(), false);
    hide();
    m_loadingDelay->start();
}

void StatePanel::showEmpty(const QString &icon, const QString &title, const QString &text)
{
    showState(icon, title, text, false);
    show();
}

void StatePanel::showError(const QString &message)
{
    showState(QStringLiteral("dialog-warning"), tr("That did not work"), message, true);
    show();
}

void StatePanel::clear()
{
    m_loadingDelay->stop();
    hide();
}

QString StatePanel::title() const
{
    return m_title->text();
}

} // namespace kp::client
