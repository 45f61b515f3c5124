#pragma once

#include "shared/Callback.h"

#include <QCoreApplication>

namespace kp::client {

// The words for a callback request's state, the same on the customer's list and the admin's inbox.
class CallbackText {
    Q_DECLARE_TR_FUNCTIONS(CallbackText)

public:
    static QString status(CallbackStatus status);
    // The stylesheet tone of the status chip ("", "success", "warning").
    static QString tone(CallbackStatus status);
    static QString channel(const QString &channel);
    // One channel's delivery in a few words, e.g. "Telegram: delivered 05.12.2026 19:12".
    static QString delivery(const CallbackDelivery &delivery);
    // What an admin's change did, as a sentence: "Jana Becker's request is marked as called back."
    static QString changed(const CallbackRequest &request);
};

} // namespace kp::client
