#include "client/videos/VideosPageEntry.h"

#include "client/app/DemoData.h"
#include "client/app/PageRegistry.h"
#include "client/videos/VideoPlayerView.h"
#include "client/videos/VideosController.h"
#include "client/videos/VideosDemo.h"
#include "client/videos/VideosPage.h"

namespace kp::client {

void registerVideosPage(PageRegistry &registry)
{
    registry.add({
        .id = QStringLiteral("videos"),
        .icon = QStringLiteral("camera-video"),
        .title = [] { return VideosPage::tr("Videos"); },
        .section = SidebarSection::Main,
        .adminOnly = false,
        .customerOnly = false,
        .needsOnboarding = true,
        .badge =
            [](const Account &account) {
                // Admins are not asked to watch anything.
                return account.isAdmin() || !account.onboarding ? 0
                                                                : std::max(0, account.onboarding->videosRequiredLeft());
            },
        .create =
            [](const PageServices &services) {
                auto *page = new VideosPage;
                new VideosController(*page, services.session, services.api, services.offline);
                return page;
            },
        .opened = [](QWidget *page) { page->findChild<VideosController *>()->refresh(); },
        .screenshots =
            [](QWidget *widget, ScreenshotSet &shots) {
                auto *page = static_cast<VideosPage *>(widget);
                auto *controller = page->findChild<VideosController *>();
                const auto demo = videosdemo::list();
                // Onboarded, with the demo's required videos still to watch (the sidebar counts them).
                auto customer = shots.demo().customer;
                auto onboarding = customer.onboarding.value_or(AccountOnboarding {});
                onboarding.checklistComplete = true;
                onboarding.videosRequiredTotal = demo.requiredTotal;
                onboarding.videosRequiredUnderstood = demo.requiredTotal - demo.requiredLeft;
                onboarding.videosComplete = demo.requiredLeft == 0;
                customer.onboarding = onboarding;
                shots.showPageAs(customer);
                const auto thumbnails = videosdemo::thumbnails();
                controller->showDemo(demo, thumbnails);
                shots.shoot(QStringLiteral("videos"));
                // The player paused half way: the confirm button says what is left to watch.
                for (const auto &video : demo.items) {
                    if (video.id != videosdemo::playerVideoId())
                        continue;
                    page->player()->open(video, {}, demo.requiredShare, false);
                    page->player()->showPoster(thumbnails.value(video.id));
                    page->player()->showDemoPosition(videosdemo::playerPositionS(), video.progress.watchedS);
                    page->showPlayer();
                }
                shots.shoot(QStringLiteral("video-player"));
                page->showOverview();
            },
    });
}

} // namespace kp::client
