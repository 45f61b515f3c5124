#include "shared/Callback.h"

#include "shared/JsonValues.h"

#include <QJsonArray>

#include <array>

namespace kp {

using json::instantOrNull;
using json::stringOrNull;
using json::text;

namespace {

const std::array<std::pair<CallbackStatus, const char *>, 4> kStatusNames {{
    {CallbackStatus::Queued, "queued"},
    {CallbackStatus::Delivered, "delivered"},
    {CallbackStatus::CalledBack, "called_back"},
    {CallbackStatus::Closed, "closed"},
}};

QJsonObject deliveryJson(const CallbackDelivery &delivery)
{
    return {
        {QStringLiteral("channel"), delivery.channel},
        {QStringLiteral("state"), delivery.state},
        {QStringLiteral("attempts"), delivery.attempts},
        {QStringLiteral("last_error"), stringOrNull(delivery.lastError)},
        {QStringLiteral("next_attempt_at"), instantOrNull(delivery.nextAttemptAt)},
        {QStringLiteral("delivered_at"), instantOrNull(delivery.deliveredAt)},
    };
}

CallbackDelivery deliveryFromJson(const QJsonObject &json)
{
    return {
        .channel = text(json, "channel"),
        .state = text(json, "state"),
        .attempts = json.value(QLatin1String("attempts")).toInt(),
        .lastError = text(json, "last_error"),
        .nextAttemptAt = fromApiInstant(text(json, "next_attempt_at")),
        .deliveredAt = fromApiInstant(text(json, "delivered_at")),
    };
}

} // namespace

QString callbackStatusName(CallbackStatus status)
{
    for (const auto &[value, name] : kStatusNames) {
        if (value == status)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<CallbackStatus> callbackStatusFromName(const QString &name)
{
    for (const auto &[value, known] : kStatusNames) {
        if (name == QLatin1String(known))
            return value;
    }
    return std::nullopt;
}

QJsonObject CallbackRequest::toJson(Deliveries withDeliveries) const
{
    QJsonObject json {
        {QStringLiteral("id"), id},
        {QStringLiteral("phone"), stringOrNull(phone)},
        {QStringLiteral("phone_display"), stringOrNull(phoneDisplay)},
        {QStringLiteral("note"), note},
        {QStringLiteral("topic"), topic},
        {QStringLiteral("status"), callbackStatusName(status)},
        {QStringLiteral("created_at"), instantOrNull(createdAt)},
        {QStringLiteral("updated_at"), instantOrNull(updatedAt)},
        {QStringLiteral("delivered_at"), instantOrNull(deliveredAt)},
        {QStringLiteral("customer"),
         QJsonObject {{QStringLiteral("id"), customer.id},
                      {QStringLiteral("name"), customer.name},
                      {QStringLiteral("company"), customer.company},
                      {QStringLiteral("email"), customer.email}}},
    };
    if (withDeliveries == WithDeliveries) {
        QJsonArray channels;
        for (const auto &delivery : deliveries)
            channels.append(deliveryJson(delivery));
        json.insert(QStringLiteral("deliveries"), channels);
    }
    return json;
}

std::optional<CallbackRequest> CallbackRequest::fromJson(const QJsonObject &json)
{
    const auto status = callbackStatusFromName(text(json, "status"));
    CallbackRequest request;
    request.id = text(json, "id");
    if (request.id.isEmpty() || !status)
        return std::nullopt;
    request.status = *status;
    request.phone = text(json, "phone");
    request.phoneDisplay = text(json, "phone_display");
    request.note = text(json, "note");
    if (const auto topic = text(json, "topic"); !topic.isEmpty())
        request.topic = topic;
    request.createdAt = fromApiInstant(text(json, "created_at"));
    request.updatedAt = fromApiInstant(text(json, "updated_at"));
    request.deliveredAt = fromApiInstant(text(json, "delivered_at"));
    const auto customer = json.value(QLatin1String("customer")).toObject();
    request.customer
        = {text(customer, "id"), text(customer, "name"), text(customer, "company"), text(customer, "email")};
    for (const auto &delivery : json.value(QLatin1String("deliveries")).toArray())
        request.deliveries.append(deliveryFromJson(delivery.toObject()));
    return request;
}

} // namespace kp
