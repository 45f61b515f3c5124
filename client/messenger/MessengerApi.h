#pragma once

#include "client/api/Reply.h"

#include <QJsonObject>

#include <optional>

namespace kp::client {

// GET /api/v1/messenger's answer: whether the server has the chat set up, and the signed
// settings the messenger page passes to Intercom('boot') as they came (user_hash or user_jwt).
struct MessengerSettings {
    bool configured = false;
    QString userId;
    QJsonObject json;

    static std::optional<MessengerSettings> fromJson(const QJsonObject &json);
};

// The support chat's API (API.md "Chat, support and escalation").
class MessengerApi {
public:
    explicit MessengerApi(ApiClient &api)
        : m_api(api)
    {
    }

    // Never from the cache: an identity proof is only good fresh (a JWT expires), and without
    // the server the chat cannot load anyway.
    Reply<MessengerSettings> settings();

private:
    ApiClient &m_api;
};

} // namespace kp::client
