#pragma once

#include <QStringList>

namespace kp::server {

struct ServerConfig;

namespace callbacks {

// The callback channels whose config keys are set, in delivery order ("telegram", "whatsapp",
// "webhook"): what makeCallbackChannels builds, and what /healthz reports.
QStringList configuredChannels(const ServerConfig &config);

} // namespace callbacks
} // namespace kp::server
