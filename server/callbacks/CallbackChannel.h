#pragma once

#include <QDateTime>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace kp::server::callbacks {

// What a channel tells the agency about one request: the customer as the session named it
// (never the request body), the number, the note and where the admin finds it.
struct CallbackMessage {
    QString callbackId;
    QString customerId;
    QString customerName;
    QString customerCompany;
    QString customerEmail;
    QString phoneE164;
    QString phoneDisplay; // international format
    QString note;
    QString topic = QStringLiteral("callback"); // or "upsell": an interest, `note` naming the upsell
    QDateTime createdAt;
    QString adminLink;   // <public_url>/admin/callbacks/<id>
    QString deliveryKey; // the same on every attempt of this channel: receivers drop repeats by it

    // What it is about, the first line of text(): "Callback requested", or for an interest
    // "Interesse an: <upsell>" (in the agency's words, as the contract of issue 18 has it).
    QString headline() const;
    bool isInterest() const;
    // The plain text of Telegram (and the webhook's `text`): every field on its own line, the
    // delivery key last as a short ref.
    QString text() const;
};

// How one attempt ended.
struct DeliveryOutcome {
    enum class Kind {
        Delivered,
        Retry,  // try again later: after `retryAfter` when the service said so, else by backoff
        Failed, // permanent: a setting is wrong; trying again would fail the same way
    };
    Kind kind = Kind::Delivered;
    QString error; // plain English for the admin, never a secret; empty when delivered
    std::optional<std::chrono::seconds> retryAfter;

    static DeliveryOutcome delivered() { return {}; }
    static DeliveryOutcome retry(QString error, std::optional<std::chrono::seconds> after = std::nullopt)
    {
        return {Kind::Retry, std::move(error), after};
    }
    static DeliveryOutcome failed(QString error) { return {Kind::Failed, std::move(error), std::nullopt}; }
};

// One way to the agency (Telegram, WhatsApp, a webhook). send() runs on the job thread and makes
// one attempt; it never throws for what the service answers.
class CallbackChannel {
public:
    virtual ~CallbackChannel() = default;
    // "telegram", "whatsapp" or "webhook": the delivery rows' `channel`.
    virtual QString name() const = 0;
    virtual DeliveryOutcome send(const CallbackMessage &message) = 0;
};

using CallbackChannels = std::vector<std::unique_ptr<CallbackChannel>>;

// The seconds of a Retry-After header (delta-seconds form; an HTTP date counts as absent).
std::optional<std::chrono::seconds> retryAfterSeconds(const QByteArray &header);

} // namespace kp::server::callbacks
