#include "client/callbacks/CallbackText.h"

#include "client/widgets/Format.h"

namespace kp::client {

QString CallbackText::status(CallbackStatus status)
{
    switch (status) {
    case CallbackStatus::Queued:
        return tr("Received");
    case CallbackStatus::Delivered:
        return tr("Passed on to the agency");
    case CallbackStatus::CalledBack:
        return tr("Called back");
    case CallbackStatus::Closed:
        return tr("Done");
    }
    return {};
}

QString CallbackText::changed(const CallbackRequest &request)
{
    const auto &who = request.customer.name;
    switch (request.status) {
    case CallbackStatus::CalledBack:
        return tr("%1's request is marked as called back.").arg(who);
    case CallbackStatus::Closed:
        return tr("%1's request is done.").arg(who);
    case CallbackStatus::Queued:
    case CallbackStatus::Delivered:
        break;
    }
    return tr("%1's request is open again.").arg(who);
}

QString CallbackText::tone(CallbackStatus status)
{
    switch (status) {
    case CallbackStatus::Queued:
        return QStringLiteral("warning");
    case CallbackStatus::CalledBack:
    case CallbackStatus::Closed:
        return QStringLiteral("success");
    case CallbackStatus::Delivered:
        break;
    }
    return {};
}

QString CallbackText::channel(const QString &channel)
{
    if (channel == QLatin1String("telegram"))
        return QStringLiteral("Telegram");
    if (channel == QLatin1String("whatsapp"))
        return QStringLiteral("WhatsApp");
    if (channel == QLatin1String("webhook"))
        return tr("Webhook");
    return channel;
}

QString CallbackText::delivery(const CallbackDelivery &delivery)
{
    const auto name = channel(delivery.channel);
    if (delivery.state == QLatin1String("delivered"))
        return tr("%1: delivered %2").arg(name, format::dateTime(delivery.deliveredAt));
    if (delivery.state == QLatin1String("failed"))
        return tr("%1: failed for good (%2)").arg(name, delivery.lastError);
    if (delivery.attempts == 0)
        return tr("%1: being sent").arg(name);
    const auto next = delivery.nextAttemptAt.isValid() ? format::dateTime(delivery.nextAttemptAt) : tr("soon");
    return delivery.lastError.isEmpty()
        ? tr("%1: %n attempt(s), next %2", nullptr, delivery.attempts).arg(name, next)
        : tr("%1: %n attempt(s), next %2 (%3)", nullptr, delivery.attempts).arg(name, next, delivery.lastError);
}

} // namespace kp::client
