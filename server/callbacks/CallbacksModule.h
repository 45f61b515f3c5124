#pragma once

#include "server/app/Module.h"
#include "server/callbacks/CallbackDelivery.h"
#include "server/callbacks/CallbackService.h"
#include "server/callbacks/CallbackStore.h"

namespace kp::server {

struct ServerConfig;

namespace callbacks {

// Callback requests (issue 16): the customer's "Rückruf anfordern", the admin's inbox, and the
// outbox job that carries each request to the agency by every channel the config switches on.
class CallbacksModule : public Module {
public:
    static constexpr const char *kDeliveryJob = "callback delivery";

    // `channels`: one per channel that is on (makeCallbackChannels); tests may pass their own.
    CallbacksModule(const ModuleContext &context, CallbackChannels channels);

    void addRoutes(Router &router) override;
    void addJobs(JobRunner &jobs) override;

    CallbackService &service() { return m_service; }

private:
    void deliverSoon();

    const ModuleContext &m_context;
    CallbackStore m_store;
    CallbackDelivery m_delivery;
    CallbackService m_service;
    JobRunner *m_jobs = nullptr;
    bool m_announced = false; // the job thread's only
};

// The channels whose [telegram], [whatsapp] and [webhook] keys are set.
CallbackChannels makeCallbackChannels(const ServerConfig &config);

} // namespace callbacks
} // namespace kp::server
