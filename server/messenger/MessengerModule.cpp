#include "server/messenger/MessengerModule.h"

#include "server/config/ServerConfig.h"
#include "server/http/Router.h"
#include "server/jobs/JobRunner.h"
#include "server/messenger/MessengerIdentity.h"

namespace kp::server::messenger {

MessengerModule::MessengerModule(const ModuleContext &context)
    : m_context(context)
    , m_page(context.config.intercom)
    , m_store(context.database)
{
    if (context.config.intercom.contactSyncEnabled())
        m_sync = std::make_unique<ContactSync>(m_store, context.config.intercom, context.clock);
}

void MessengerModule::addRoutes(Router &router)
{
    // Any approved account, admins too (an agency colleague may use the chat as themselves), and
    // no onboarding gate: a customer stuck in the checklist must be able to ask for help.
    router.add({"GET", "/api/v1/messenger", Access::Approved, BodySpec::none()}, [this](RequestContext &context) {
        // no-store: the proof of identity (a JWT expires) belongs in no cache.
        return Reply::json(messengerSettings(m_context.config.intercom, context.account(), m_context.clock()))
            .withHeader("Cache-Control", "no-store");
    });
    router.add({"GET", "/messenger", Access::Public, BodySpec::none()}, [this](RequestContext &) {
        return Reply::html(m_page.html())
            .withHeader("Content-Security-Policy", m_page.contentSecurityPolicy())
            .withHeader("Cache-Control", "no-cache")
            .withHeader("X-Content-Type-Options", "nosniff")
            .withHeader("Referrer-Policy", "no-referrer");
    });
}

void MessengerModule::addJobs(JobRunner &jobs)
{
    if (!m_sync)
        return;
    jobs.add(QString::fromLatin1(kContactSyncJob), std::chrono::seconds(m_context.config.intercom.syncIntervalS),
             [this] { m_sync->syncDue(); });
}

} // namespace kp::server::messenger
