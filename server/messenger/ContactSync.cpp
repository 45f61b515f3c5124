#include "server/messenger/ContactSync.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcContactSync, "kp.messenger.contacts")

namespace kp::server::messenger {
namespace {

constexpr int kBatch = 100;
constexpr qint64 kLongestWaitS = 3600;

} // namespace

ContactSync::ContactSync(ContactSyncStore &store, const IntercomSettings &settings, Clock clock)
    : m_store(store)
    , m_client(settings)
    , m_retryBaseS(settings.retryBaseS)
    , m_clock(std::move(clock))
{
}

int ContactSync::syncDue()
{
    int synced = 0;
    for (const auto &contact : m_store.due(m_clock(), kBatch)) {
        const auto outcome = m_client.upsert(
            {contact.accountId, contact.email, contact.name, contact.createdAt.toSecsSinceEpoch()}, contact.contactId);
        if (outcome.done) {
            m_store.markSynced(contact, outcome.contactId, m_clock());
            ++synced;
            continue;
        }
        const auto next = nextAttempt(contact, outcome);
        m_store.markFailed(contact, outcome.error, next);
        qCWarning(lcContactSync).noquote()
            << "contact of account" << contact.accountId << "not synced:" << outcome.error << "- next attempt at"
            << next.toString(Qt::ISODate);
        if (outcome.stopRun)
            break; // the others would meet the same throttle, refused token or outage
    }
    return synced;
}

QDateTime ContactSync::nextAttempt(const DueContact &contact, const intercom::ContactOutcome &outcome) const
{
    const auto now = m_clock();
    const auto doublings = std::min(contact.attempts, 12);
    const auto wait = std::min(qint64(m_retryBaseS) << doublings, kLongestWaitS);
    auto next = now.addSecs(wait);
    if (outcome.notBefore.isValid())
        next = std::max(outcome.notBefore, now.addSecs(1));
    return next;
}

} // namespace kp::server::messenger
