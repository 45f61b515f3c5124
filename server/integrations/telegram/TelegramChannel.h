#pragma once

#include "server/callbacks/CallbackChannel.h"
#include "server/integrations/OutboundHttp.h"
#include "server/integrations/telegram/TelegramSettings.h"

namespace kp::server::telegram {

// Posts each callback request to the agency's Telegram chat with the Bot API's sendMessage
// (POST {api_url}/bot<token>/sendMessage, JSON {chat_id, text}). The token is part of the URL
// path, so the request's log line hides it.
class TelegramChannel : public callbacks::CallbackChannel {
public:
    explicit TelegramChannel(const TelegramSettings &settings);

    QString name() const override { return QStringLiteral("telegram"); }
    callbacks::DeliveryOutcome send(const callbacks::CallbackMessage &message) override;

private:
    const TelegramSettings &m_settings;
    OutboundHttp m_http;
};

// The Bot API's answer → the outcome. Answers are {"ok": true, "result": …} or {"ok": false,
// "error_code", "description", "parameters": {"retry_after", "migrate_to_chat_id"}}:
//   ok                                   → delivered
//   429 / parameters.retry_after         → retry after that many seconds
//   401 (bad token), 404 (no such bot)   → failed: check [telegram] bot_token
//   403 (bot blocked, kicked, not in it) → failed: add the bot to the chat again
//   400 chat not found / migrated        → failed: check [telegram] chat_id (the new id when migrated)
//   other 400                            → failed with Telegram's description
//   no answer, 5xx, anything else        → retry by backoff
callbacks::DeliveryOutcome telegramOutcome(const HttpAnswer &answer);

} // namespace kp::server::telegram
