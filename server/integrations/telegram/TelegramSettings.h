#pragma once

#include <QString>

namespace kp::server {

// [telegram] keys: the agency's bot and the chat it posts callback requests to. Off while the
// token or the chat is missing.
struct TelegramSettings {
    QString apiUrl = QStringLiteral("https://api.telegram.org");
    QString botToken; // bot_token, or the contents of bot_token_file
    QString chatId;   // a numeric chat id (groups are negative) or @channelusername

    bool enabled() const { return !botToken.isEmpty() && !chatId.isEmpty(); }
};

} // namespace kp::server
