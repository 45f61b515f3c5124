#pragma once

#include "server/callbacks/CallbackSettings.h"
#include "server/callbacks/CallbackStore.h"
#include "shared/Account.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace kp::server::callbacks {

// The rules of callback requests: who may file one and how often, what a request holds, and
// how it is answered (API.md "Chat, support and escalation"). Knows nothing of HTTP.
class CallbackService {
public:
    // `channels`: the names of the channels that are on; each new request gets one delivery per
    // channel. `deliverSoon` asks the delivery job to run now.
    CallbackService(CallbackStore &store, const CallbackSettings &settings, QStringList channels,
                    std::function<void()> deliverSoon);

    // POST /api/v1/callbacks: `body` is the request's JSON; the customer is `customer`, whatever
    // the body says. Throws DomainError (403 admin, 422, 429).
    QJsonObject request(const Account &customer, const QJsonObject &body);

    // A notice another module files for a customer (topic "upsell": an interest, the note naming
    // the upsell): the profile's phone or none, no per-hour limit, every channel, the admin's
    // inbox. Joins the caller's WriteTransaction; call deliverSoon() once that committed.
    // Returns the request's id.
    QString fileNotice(const Account &customer, const QString &topic, const QString &note);
    void deliverSoon();

    QJsonObject ownList(const Account &customer, const PageRequest &page);
    QJsonObject own(const Account &customer, const QString &id); // someone else's: 404

    // status: open | called_back | closed | all.
    QJsonObject adminList(const QString &status, const PageRequest &page);
    QJsonObject adminGet(const QString &id);
    QJsonObject setStatus(const QString &id, const QString &status);

    const QStringList &channels() const { return m_channels; }

    // The Callback JSON; with `forAdmin` also each channel's delivery state.
    static QJsonObject toJson(const CallbackRecord &record, bool forAdmin);

private:
    CallbackRecord requireOne(const QString &id);
    QJsonObject page(const CallbackFilter &filter, const PageRequest &page, bool forAdmin);

    CallbackStore &m_store;
    const CallbackSettings &m_settings;
    QStringList m_channels;
    std::function<void()> m_deliverSoon;
};

} // namespace kp::server::callbacks
