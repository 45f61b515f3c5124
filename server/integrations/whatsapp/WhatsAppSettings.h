#pragma once

#include <QString>

namespace kp::server {

// [whatsapp] keys: the WhatsApp Business Cloud API number that sends a template message to the
// agency's number `to`. Off while a required key is missing.
struct WhatsAppSettings {
    QString graphUrl = QStringLiteral("https://graph.facebook.com");
    QString apiVersion = QStringLiteral("v21.0");
    QString phoneNumberId;
    QString accessToken; // access_token, or the contents of access_token_file
    QString to;          // E.164 of the agency's WhatsApp number
    QString templateName;
    QString language = QStringLiteral("de");

    bool enabled() const
    {
        return !phoneNumberId.isEmpty() && !accessToken.isEmpty() && !to.isEmpty() && !templateName.isEmpty();
    }
};

} // namespace kp::server
