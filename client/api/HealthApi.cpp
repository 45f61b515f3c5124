#include "client/api/HealthApi.h"

namespace kp::client {

std::optional<Health> Health::fromJson(const QJsonObject &json)
{
    if (json.value(QLatin1String("status")).toString() != QLatin1String("ok"))
        return std::nullopt;
    return Health {QStringLiteral("ok"), json.value(QLatin1String("version")).toString()};
}

Reply<Health> HealthApi::check(const QUrl &server)
{
    // A client of its own for the address being tried: same network manager and rules, but
    // neither the current server nor its token is involved.
    auto *probe = new ApiClient(&m_api, m_api.network());
    probe->setBaseUrl(server);
    auto *call = probe->get(QStringLiteral("/healthz"));
    QObject::connect(call, &QObject::destroyed, probe, &QObject::deleteLater);
    return {call, decode::object<&Health::fromJson>};
}

} // namespace kp::client
