#pragma once

#include "server/callbacks/CallbackChannel.h"
#include "server/integrations/OutboundHttp.h"
#include "server/integrations/webhook/WebhookSettings.h"

namespace kp::server::webhook {

// POSTs each callback request as JSON to the agency's [webhook] url:
//   {"event": "callback.requested", "delivery_key", "text",
//    "callback": {id, phone, phone_display, note, created_at, admin_url,
//                 customer: {id, name, company, email}}}
// with the headers Idempotency-Key (the delivery key: the same on every attempt, so the
// receiver drops repeats), X-Kundenportal-Timestamp (Unix seconds) and X-Kundenportal-Signature
// (webhookSignature). The URL's path and query may hold a key of the receiver: the log hides them.
class WebhookChannel : public callbacks::CallbackChannel {
public:
    explicit WebhookChannel(const WebhookSettings &settings);

    QString name() const override { return QStringLiteral("webhook"); }
    callbacks::DeliveryOutcome send(const callbacks::CallbackMessage &message) override;

    static QByteArray body(const callbacks::CallbackMessage &message);

private:
    const WebhookSettings &m_settings;
    OutboundHttp m_http;
    QByteArray m_target; // path and query of the URL
};

// 2xx → delivered; no answer, 408, 429, 5xx → retry (after Retry-After when sent); a redirect or
// another 4xx → failed, the receiver refuses it and would again.
callbacks::DeliveryOutcome webhookOutcome(const HttpAnswer &answer);

} // namespace kp::server::webhook
