#include "server/videos/VideosModule.h"

#include "server/accounts/AccountsModule.h"
#include "server/config/ServerConfig.h"
#include "server/videos/VideoRoutes.h"

namespace kp::server {

VideosModule::VideosModule(const ModuleContext &context, AccountsModule &accounts)
    : m_config(context.config)
    , m_files(context.config.dataDir, QStringLiteral("videos"))
    , m_links(context.config.dataDir, context.config.videos.urlTtlS, context.clock)
    , m_slots(context.config.videos.streamCap(context.config.threads))
    , m_store(context.database, context.clock)
    , m_videos(context.database, m_store, m_links, context.config.videos.requiredShare, context.clock)
    , m_content(context.database, m_store, m_files, m_links)
{
    // After the onboarding module's contributor, which makes `onboarding`; the emplace only
    // matters for a server without it.
    accounts.views().addContributor([this](Account &account) {
        auto &onboarding = account.onboarding ? *account.onboarding : account.onboarding.emplace();
        m_videos.fillOnboarding(account, onboarding);
    });
}

void VideosModule::addRoutes(Router &router)
{
    addVideoRoutes(router, m_videos);
    addMediaRoutes(router, m_links, m_files, m_slots, m_config.videos);
    addVideoContentRoutes(router, m_content, m_config.videos);
}

} // namespace kp::server
