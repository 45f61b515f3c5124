#include "client/widgets/SecondaryLabel.h"

#include <QLabel>

namespace kp::client {

QLabel *makeSecondaryLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setProperty("role", QStringLiteral("secondary"));
    label->setWordWrap(true);
    return label;
}

} // namespace kp::client
