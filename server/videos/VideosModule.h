#pragma once

#include "server/app/Module.h"
#include "server/core/ContentFiles.h"
#include "server/videos/MediaLinks.h"
#include "server/videos/MediaStreamSlots.h"
#include "server/videos/VideoContentService.h"
#include "server/videos/VideoService.h"
#include "server/videos/VideoStore.h"

namespace kp::server {

class AccountsModule;

// Tutorial videos (issue 14): series and videos as admin content, files under
// <data_dir>/videos served by signed links with Range (or by nginx), progress that counts only
// what was really watched, "understood" records, and `onboarding.videos_complete` for /me.
class VideosModule : public Module {
public:
    VideosModule(const ModuleContext &context, AccountsModule &accounts);

    void addRoutes(Router &router) override;

    VideoService &videos() { return m_videos; }
    VideoContentService &content() { return m_content; }
    VideoStore &store() { return m_store; }

private:
    const ServerConfig &m_config;
    ContentFiles m_files;
    MediaLinks m_links;
    MediaStreamSlots m_slots;
    VideoStore m_store;
    VideoService m_videos;
    VideoContentService m_content;
};

} // namespace kp::server
