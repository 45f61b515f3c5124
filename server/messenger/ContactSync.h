#pragma once

#include "server/integrations/intercom/ContactsClient.h"
#include "server/messenger/ContactSyncStore.h"
#include "server/security/Clock.h"

namespace kp::server::messenger {

// The job that brings Intercom's contacts in line with our approved customers: each due one is
// created or updated through the REST API; a failure waits retry_base_s, doubling per failure up
// to an hour, or until Intercom's X-RateLimit-Reset when it throttled. Runs on the job thread.
class ContactSync {
public:
    ContactSync(ContactSyncStore &store, const IntercomSettings &settings, Clock clock);

    // One pass over the due contacts; returns how many were synced.
    int syncDue();

private:
    QDateTime nextAttempt(const DueContact &contact, const intercom::ContactOutcome &outcome) const;

    ContactSyncStore &m_store;
    intercom::ContactsClient m_client;
    int m_retryBaseS;
    Clock m_clock;
};

} // namespace kp::server::messenger
