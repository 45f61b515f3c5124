#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace kp {

// Where a callback request stands (API.md "Chat, support and escalation").
enum class CallbackStatus {
    Queued,     // received; no channel has reached the agency yet
    Delivered,  // at least one channel (Telegram, WhatsApp, webhook) reached the agency
    CalledBack, // an admin marked it called back
    Closed,     // done
};

QString callbackStatusName(CallbackStatus status);
std::optional<CallbackStatus> callbackStatusFromName(const QString &name);

// One channel's delivery of a request to the agency (admin answers only).
struct CallbackDelivery {
    QString channel; // "telegram" | "whatsapp" | "webhook"
    QString state;   // "pending" | "delivered" | "failed"
    int attempts = 0;
    QString lastError;
    QDateTime nextAttemptAt;
    QDateTime deliveredAt;

    bool operator==(const CallbackDelivery &) const = default;
};

// Who asked to be called back: taken by the server from the session, never from the request.
struct CallbackCustomer {
    QString id;
    QString name;
    QString company;
    QString email;

    bool operator==(const CallbackCustomer &) const = default;
};

// A customer's request to be called back, or a notice filed for them: `topic` "callback" (the
// customer's own request) or "upsell" (an interest in an upsell: the note names it, the phone
// is the profile's or empty).
struct CallbackRequest {
    QString id;
    QString phone;        // E.164
    QString phoneDisplay; // international form, e.g. "+49 30 1234567"
    QString note;
    QString topic = QStringLiteral("callback");
    CallbackStatus status = CallbackStatus::Queued;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deliveredAt; // when the first channel reached the agency; invalid before
    CallbackCustomer customer;
    QList<CallbackDelivery> deliveries; // admin answers only (toJson(WithDeliveries))

    // Still waiting for the agency to act (queued or delivered).
    bool isOpen() const { return status == CallbackStatus::Queued || status == CallbackStatus::Delivered; }
    // An interest in an upsell rather than a request to be called back.
    bool isInterest() const { return topic == QLatin1String("upsell"); }

    enum Deliveries { WithoutDeliveries, WithDeliveries }; // the admin's answers carry them
    QJsonObject toJson(Deliveries deliveries = WithoutDeliveries) const;
    static std::optional<CallbackRequest> fromJson(const QJsonObject &json);
    bool operator==(const CallbackRequest &) const = default;
};

} // namespace kp
