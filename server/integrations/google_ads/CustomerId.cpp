#include "server/integrations/google_ads/CustomerId.h"

#include <QRegularExpression>

namespace kp::server::googleads {

std::optional<QString> customerDigits(const QString &externalId)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:[0-9]{3}-[0-9]{3}-[0-9]{4}|[0-9]{10})$"));
    const auto trimmed = externalId.trimmed();
    if (!pattern.match(trimmed).hasMatch())
        return std::nullopt;
    return QString(trimmed).remove(QLatin1Char('-'));
}

QString displayCustomerId(const QString &digits)
{
    if (digits.size() != 10)
        return digits;
    return digits.left(3) + QLatin1Char('-') + digits.mid(3, 3) + QLatin1Char('-') + digits.mid(6);
}

} // namespace kp::server::googleads
