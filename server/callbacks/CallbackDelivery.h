#pragma once

#include "server/callbacks/CallbackChannel.h"
#include "server/callbacks/CallbackSettings.h"
#include "server/callbacks/CallbackStore.h"

#include <QStringList>

#include <chrono>
#include <map>

namespace kp::server::callbacks {

// The outbox's delivery job: sends each due delivery row through its channel and records how
// that went, one row and one transaction at a time. A row is claimed (attempts + 1, its next
// attempt moved past this one's backoff) before it is sent, so a server killed while sending
// sends it again after the restart: at least once per channel, and the delivery key in every
// message lets the receiver drop a repeat. Failures wait exponentially longer with jitter up to
// [callbacks] retry_max_s, or as long as the service asked (Retry-After, retry_after). A channel
// that asks to wait, or is down, is paused for that long as a whole: Telegram's retry_after holds
// for the bot, not one message, and a dead service is not sent a thousand rows per run.
class CallbackDelivery {
public:
    // At most this many rows per run; the module asks for another run when more were due.
    static constexpr int kBatch = 100;

    CallbackDelivery(CallbackStore &store, const CallbackSettings &settings, QString publicUrl,
                     CallbackChannels channels);

    // Sends what is due; true when rows were left for another run.
    bool deliverDue();

    QStringList channelNames() const;
    // The wait before attempt `attempts + 1` after `attempts` failed ones: base · 2^(attempts−1),
    // capped, then a random 50–100 % of it so that many rows failed together spread out.
    std::chrono::milliseconds backoff(int attempts) const;

private:
    void deliverOne(const DeliveryRecord &delivery);
    CallbackChannel *channel(const QString &name) const;
    QStringList pausedChannels() const;

    CallbackStore &m_store;
    const CallbackSettings &m_settings;
    QString m_publicUrl;
    CallbackChannels m_channels;
    std::map<QString, QDateTime> m_pausedUntil; // by channel; the job thread's only
};

} // namespace kp::server::callbacks
