#include "server/callbacks/ConfiguredChannels.h"

#include "server/config/ServerConfig.h"

namespace kp::server::callbacks {

QStringList configuredChannels(const ServerConfig &config)
{
    QStringList names;
    if (config.telegram.enabled())
        names.append(QStringLiteral("telegram"));
    if (config.whatsapp.enabled())
        names.append(QStringLiteral("whatsapp"));
    if (config.webhook.enabled())
        names.append(QStringLiteral("webhook"));
    return names;
}

} // namespace kp::server::callbacks
