#include "server/callbacks/CallbackChannel.h"

#include <QStringList>

namespace kp::server::callbacks {

bool CallbackMessage::isInterest() const
{
    return topic == QLatin1String("upsell");
}

QString CallbackMessage::headline() const
{
    return isInterest() ? QStringLiteral("Interesse an: %1").arg(note) : QStringLiteral("Callback requested");
}

QString CallbackMessage::text() const
{
    QStringList lines {headline(), QStringLiteral("Customer: %1 (%2)").arg(customerName, customerCompany),
                       QStringLiteral("Customer id: %1").arg(customerId)};
    if (!phoneDisplay.isEmpty() || !isInterest())
        lines << QStringLiteral("Phone: %1").arg(phoneDisplay);
    if (!note.isEmpty() && !isInterest())
        lines << QStringLiteral("Note: %1").arg(note);
    lines << QStringLiteral("Requested: %1").arg(createdAt.toUTC().toString(Qt::ISODate))
          << QStringLiteral("Admin: %1").arg(adminLink) << QStringLiteral("Ref: %1").arg(deliveryKey);
    return lines.join(QLatin1Char('\n'));
}

std::optional<std::chrono::seconds> retryAfterSeconds(const QByteArray &header)
{
    bool ok = false;
    const auto seconds = header.trimmed().toLongLong(&ok);
    if (!ok || seconds < 0)
        return std::nullopt;
    return std::chrono::seconds(std::min<qint64>(seconds, 24 * 3600));
}

} // namespace kp::server::callbacks
