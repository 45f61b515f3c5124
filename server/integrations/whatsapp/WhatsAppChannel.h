#pragma once

#include "server/callbacks/CallbackChannel.h"
#include "server/integrations/OutboundHttp.h"
#include "server/integrations/whatsapp/WhatsAppSettings.h"

#include <QStringList>

namespace kp::server::whatsapp {

// Sends each callback request to the agency's WhatsApp number as a template message through
// the Cloud API (POST {graph_url}/{api_version}/{phone_number_id}/messages, Bearer token).
// A template, because a free-form message reaches a number only within 24 hours of its last
// reply. The approved template's body takes seven text parameters, in this order: customer
// name, company, phone, note ("-" when none), customer id, admin link, delivery ref.
class WhatsAppChannel : public callbacks::CallbackChannel {
public:
    explicit WhatsAppChannel(const WhatsAppSettings &settings);

    QString name() const override { return QStringLiteral("whatsapp"); }
    callbacks::DeliveryOutcome send(const callbacks::CallbackMessage &message) override;

    // The template's body parameters for `message` (WhatsApp refuses empty ones, line breaks,
    // tabs and more than four spaces in a row in them).
    static QStringList templateParameters(const callbacks::CallbackMessage &message);

private:
    const WhatsAppSettings &m_settings;
    OutboundHttp m_http;
};

// The Cloud API's answer → the outcome. Errors come in the Graph shape {"error": {"message",
// "type", "code", "error_subcode", "fbtrace_id"}}:
//   200 with messages[0].id                      → delivered
//   130429, 131056, 4, 80007 (throttling), 429   → retry (after Retry-After when sent)
//   190 (token expired or revoked)               → failed: set a new [whatsapp] access_token
//   131047 (outside the 24-hour window)          → failed: a template message is needed
//   132000, 132001, 132012 (template problems)   → failed with Meta's message
//   no answer, 5xx, 1, 2, 131000 (Meta's side)   → retry by backoff
//   anything else                                → failed with Meta's message
callbacks::DeliveryOutcome whatsAppOutcome(const HttpAnswer &answer);

} // namespace kp::server::whatsapp
