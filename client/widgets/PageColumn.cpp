#include "client/widgets/PageColumn.h"

#include "client/widgets/Theme.h"

#include <QVBoxLayout>
#include <QWidget>

namespace kp::client {

QVBoxLayout *pageColumn(QWidget *page, std::initializer_list<QWidget *> top, std::initializer_list<QWidget *> rest)
{
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(theme::spacing::xxl, theme::spacing::xxl, theme::spacing::xxl, theme::spacing::xl);
    layout->setSpacing(theme::spacing::l);
    for (auto *widget : top)
        layout->addWidget(widget);
    for (auto *widget : rest)
        layout->addWidget(widget, 1);
    return layout;
}

} // namespace kp::client
