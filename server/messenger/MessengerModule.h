#pragma once

#include "server/app/Module.h"
#include "server/messenger/ContactSync.h"
#include "server/messenger/ContactSyncStore.h"
#include "server/messenger/MessengerPage.h"

#include <memory>

namespace kp::server::messenger {

// The support chat (issue 16, Intercom part): GET /api/v1/messenger (the signed settings that boot
// the Intercom Messenger as the logged-in user), GET /messenger (the page the client's web view
// loads), and the job that creates or updates each approved customer's Intercom contact.
class MessengerModule : public Module {
public:
    static constexpr const char *kContactSyncJob = "intercom contact sync";

    explicit MessengerModule(const ModuleContext &context);

    void addRoutes(Router &router) override;
    void addJobs(JobRunner &jobs) override;

    ContactSync *contactSync() { return m_sync.get(); } // null while [intercom] access_token is empty

private:
    const ModuleContext &m_context;
    MessengerPage m_page;
    ContactSyncStore m_store;
    std::unique_ptr<ContactSync> m_sync;
};

} // namespace kp::server::messenger
