#include "client/widgets/Card.h"

#include "client/widgets/Theme.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace kp::client {

QFrame *makeCard(QVBoxLayout *&content, const QString &title, const QString &objectName)
{
    auto *frame = new QFrame;
    frame->setObjectName(objectName);
    frame->setProperty("card", true);
    content = new QVBoxLayout(frame);
    content->setContentsMargins(theme::spacing::xl, theme::spacing::xl, theme::spacing::xl, theme::spacing::xl);
    content->setSpacing(theme::spacing::m);
    auto *heading = new QLabel(title);
    heading->setProperty("role", QStringLiteral("sectionTitle"));
    content->addWidget(heading);
    return frame;
}

} // namespace kp::client
