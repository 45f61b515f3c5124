#include "client/widgets/Banner.h"

#include "client/widgets/Theme.h"

#include <QHBoxLayout>
#include <QLabel>

namespace kp::client {

Banner::Banner(const QString &objectName, QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(objectName);
    setProperty("banner", true);
    m_text->setObjectName(objectName + QStringLiteral("Text"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(theme::spacing::m, theme::spacing::m, theme::spacing::m, theme::spacing::m);
    layout->setSpacing(theme::spacing::s + 2);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();
}

void Banner::showMessage(Tone tone, const QString &text)
{
    const auto &colors = theme::colors();
    const auto [toneName, icon, color] = tone == Tone::Danger
        ? std::tuple(QStringLiteral("danger"), QStringLiteral("dialog-error"), colors.danger)
        : tone == Tone::Warning
        ? std::tuple(QStringLiteral("warning"), QStringLiteral("dialog-warning"), colors.warning)
        : std::tuple(QStringLiteral("info"), QStringLiteral("dialog-information"), colors.accent);
    theme::setStyleProperty(this, "tone", toneName);
    m_icon->setPixmap(theme::icon(icon, color).pixmap(16, 16));
    m_text->setText(text);
    setVisible(!text.isEmpty());
}

QString Banner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace kp::client
