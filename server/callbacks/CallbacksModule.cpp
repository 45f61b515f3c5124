#include "server/callbacks/CallbacksModule.h"

#include "server/callbacks/CallbackRoutes.h"
#include "server/callbacks/ConfiguredChannels.h"
#include "server/config/ServerConfig.h"
#include "server/integrations/telegram/TelegramChannel.h"
#include "server/integrations/webhook/WebhookChannel.h"
#include "server/integrations/whatsapp/WhatsAppChannel.h"
#include "server/jobs/JobRunner.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCallbacks)

namespace kp::server::callbacks {

CallbacksModule::CallbacksModule(const ModuleContext &context, CallbackChannels channels)
    : m_context(context)
    , m_store(context.database, context.clock)
    , m_delivery(m_store, context.config.callbacks, context.config.publicUrl, std::move(channels))
    , m_service(m_store, context.config.callbacks, m_delivery.channelNames(), [this] { deliverSoon(); })
{
}

void CallbacksModule::addRoutes(Router &router)
{
    addCallbackRoutes(router, m_service);
}

void CallbacksModule::addJobs(JobRunner &jobs)
{
    m_jobs = &jobs;
    jobs.add(QString::fromLatin1(kDeliveryJob), std::chrono::seconds(m_context.config.callbacks.pollIntervalS), [this] {
        // Said once, when the server runs (not for --print-routes and the other commands).
        if (!m_announced) {
            m_announced = true;
            if (m_service.channels().isEmpty())
                qCWarning(lcCallbacks) << "no callback channel is configured ([telegram], [whatsapp], [webhook]): "
                                          "callback requests reach the admin's inbox only";
            else
                qCInfo(lcCallbacks).noquote()
                    << "callback channels:" << m_service.channels().join(QStringLiteral(", "));
        }
        if (m_delivery.deliverDue())
            deliverSoon();
    });
}

void CallbacksModule::deliverSoon()
{
    if (m_jobs)
        m_jobs->runSoon(QString::fromLatin1(kDeliveryJob));
}

CallbackChannels makeCallbackChannels(const ServerConfig &config)
{
    CallbackChannels channels;
    for (const auto &name : configuredChannels(config)) {
        if (name == QLatin1String("telegram"))
            channels.push_back(std::make_unique<telegram::TelegramChannel>(config.telegram));
        else if (name == QLatin1String("whatsapp"))
            channels.push_back(std::make_unique<whatsapp::WhatsAppChannel>(config.whatsapp));
        else
            channels.push_back(std::make_unique<webhook::WebhookChannel>(config.webhook));
    }
    return channels;
}

} // namespace kp::server::callbacks
