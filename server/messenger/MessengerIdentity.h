#pragma once

#include "server/integrations/intercom/IntercomSettings.h"
#include "shared/Account.h"

#include <QDateTime>
#include <QJsonObject>

namespace kp::server::messenger {

// GET /api/v1/messenger's answer: what the messenger page passes to Intercom('boot') for
// `account`, signed for identity verification. With the Messenger off ([intercom] app_id empty)
// `configured` is false and app_id, the proof, api_base and widget_url are null, so the client
// can say plainly that the chat is not set up.
QJsonObject messengerSettings(const IntercomSettings &settings, const Account &account, const QDateTime &now);

} // namespace kp::server::messenger
