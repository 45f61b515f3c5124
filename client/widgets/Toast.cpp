#include "client/widgets/Toast.h"

#include "client/widgets/Theme.h"

#include <QGraphicsDropShadowEffect>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

namespace kp::client {

Toast::Toast(QWidget *window, const QString &text)
    : QFrame(window)
{
    setObjectName(QStringLiteral("toast"));
    auto *icon = new QLabel(this);
    icon->setPixmap(theme::icon(QStringLiteral("emblem-ok"), theme::colors().surface).pixmap(16, 16));
    auto *label = new QLabel(text, this);
    label->setObjectName(QStringLiteral("toastText"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(theme::spacing::l, theme::spacing::m, theme::spacing::l, theme::spacing::m);
    layout->setSpacing(theme::spacing::s);
    layout->addWidget(icon);
    layout->addWidget(label);
    auto *shadow = new QGraphicsDropShadowEffect(this);
    shadow->setBlurRadius(24);
    shadow->setOffset(0, 4);
    shadow->setColor(QColor(0, 0, 0, 60));
    setGraphicsEffect(shadow);
}

Toast *Toast::show(QWidget *window, const QString &text)
{
    // One at a time: a newer confirmation replaces the one still showing instead of covering it.
    for (auto *older : window->findChildren<Toast *>(QString(), Qt::FindDirectChildrenOnly))
        delete older;
    auto *toast = new Toast(window, text);
    toast->place();
    toast->QFrame::show();
    toast->raise();
    QTimer::singleShot(3500, toast, &QObject::deleteLater);
    return toast;
}

void Toast::place()
{
    adjustSize();
    const auto *window = parentWidget();
    move((window->width() - width()) / 2, window->height() - height() - theme::spacing::xxl);
}

} // namespace kp::client
