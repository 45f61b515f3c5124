#include "client/messenger/MessengerApi.h"

namespace kp::client {

std::optional<MessengerSettings> MessengerSettings::fromJson(const QJsonObject &json)
{
    const auto configured = json.value(QLatin1String("configured"));
    const auto userId = json.value(QLatin1String("user_id")).toString();
    if (!configured.isBool() || userId.isEmpty())
        return std::nullopt;
    if (configured.toBool()
        && (json.value(QLatin1String("app_id")).toString().isEmpty()
            || json.value(QLatin1String("widget_url")).toString().isEmpty()))
        return std::nullopt;
    return MessengerSettings {configured.toBool(), userId, json};
}

Reply<MessengerSettings> MessengerApi::settings()
{
    RequestOptions options;
    options.useCache = false;
    return {m_api.get(QStringLiteral("/api/v1/messenger"), options), decode::object<&MessengerSettings::fromJson>};
}

} // namespace kp::client
