#include "server/callbacks/CallbackDelivery.h"

#include "server/core/LogSafe.h"
#include "server/db/Database.h"
#include "shared/Validation.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCallbacks, "kp.callbacks")

namespace kp::server::callbacks {

CallbackDelivery::CallbackDelivery(CallbackStore &store, const CallbackSettings &settings, QString publicUrl,
                                   CallbackChannels channels)
    : m_store(store)
    , m_settings(settings)
    , m_publicUrl(std::move(publicUrl))
    , m_channels(std::move(channels))
{
    while (m_publicUrl.endsWith(QLatin1Char('/')))
        m_publicUrl.chop(1);
}

QStringList CallbackDelivery::channelNames() const
{
    QStringList names;
    for (const auto &channel : m_channels)
        names.append(channel->name());
    return names;
}

std::chrono::milliseconds CallbackDelivery::backoff(int attempts) const
{
    const auto exponent = std::clamp(attempts - 1, 0, 30);
    const auto capped = std::min<qint64>(qint64(m_settings.retryBaseS) << exponent, m_settings.retryMaxS) * 1000;
    const auto half = capped / 2;
    const auto jittered = half + QRandomGenerator::global()->bounded(half + 1);
    return std::chrono::milliseconds(std::max<qint64>(jittered, 500));
}

CallbackChannel *CallbackDelivery::channel(const QString &name) const
{
    for (const auto &channel : m_channels) {
        if (channel->name() == name)
            return channel.get();
    }
    return nullptr;
}

QStringList CallbackDelivery::pausedChannels() const
{
    const auto now = m_store.now();
    QStringList paused;
    for (const auto &[name, until] : m_pausedUntil) {
        if (until > now)
            paused.append(name);
    }
    return paused;
}

bool CallbackDelivery::deliverDue()
{
    const auto due = m_store.dueDeliveries(kBatch, pausedChannels());
    for (const auto &delivery : due) {
        // A row behind one that paused its channel in this run waits with it.
        if (pausedChannels().contains(delivery.channel))
            continue;
        deliverOne(delivery);
    }
    return due.size() == kBatch;
}

void CallbackDelivery::deliverOne(const DeliveryRecord &delivery)
{
    auto *target = channel(delivery.channel);
    if (!target) {
        m_store.markFailed(
            delivery.id,
            QStringLiteral("The %1 channel has been switched off in the server's config.").arg(delivery.channel));
        return;
    }
    const auto record = m_store.find(delivery.callbackId);
    if (!record)
        return; // removed with its customer meanwhile
    // Claimed first, in its own transaction: should the server die while sending, the row is
    // due again after this backoff, not lost and not sent twice at once.
    const auto attempt = delivery.attempts + 1;
    if (!m_store.claim(delivery.id, m_store.now().addMSecs(backoff(attempt).count())))
        return;

    CallbackMessage message;
    message.callbackId = record->id;
    message.customerId = record->accountId;
    message.customerName = record->customerName;
    message.customerCompany = record->customerCompany;
    message.customerEmail = record->customerEmail;
    message.phoneE164 = record->phone;
    message.phoneDisplay = validation::internationalPhone(record->phone);
    message.note = record->note;
    message.topic = record->topic;
    message.createdAt = record->createdAt;
    message.adminLink = m_publicUrl + QStringLiteral("/admin/callbacks/") + record->id;
    message.deliveryKey = delivery.deliveryKey;

    const auto outcome = target->send(message);
    switch (outcome.kind) {
    case DeliveryOutcome::Kind::Delivered:
        m_store.markDelivered(delivery.id);
        qCInfo(lcCallbacks).noquote() << QStringLiteral("callback %1 delivered by %2 (attempt %3)")
                                             .arg(record->id, delivery.channel)
                                             .arg(attempt);
        break;
    case DeliveryOutcome::Kind::Retry: {
        const auto wait = outcome.retryAfter
            ? std::chrono::milliseconds(*outcome.retryAfter) + std::chrono::milliseconds(50)
            : backoff(attempt);
        const auto retryAt = m_store.now().addMSecs(wait.count());
        m_store.markRetry(delivery.id, retryAt, outcome.error);
        m_pausedUntil[delivery.channel] = retryAt;
        qCInfo(lcCallbacks).noquote() << QStringLiteral("callback %1 by %2: attempt %3 failed, next in %4 ms: %5")
                                             .arg(record->id, delivery.channel)
                                             .arg(attempt)
                                             .arg(wait.count())
                                             .arg(logSafe(outcome.error));
        break;
    }
    case DeliveryOutcome::Kind::Failed:
        m_store.markFailed(delivery.id, outcome.error);
        qCWarning(lcCallbacks).noquote() << QStringLiteral("callback %1 by %2 failed for good: %3")
                                                .arg(record->id, delivery.channel, logSafe(outcome.error));
        break;
    }
}

} // namespace kp::server::callbacks
