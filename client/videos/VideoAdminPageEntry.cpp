#include "client/videos/VideoAdminPageEntry.h"

#include "client/app/DemoData.h"
#include "client/app/PageRegistry.h"
#include "client/videos/VideoAdminController.h"
#include "client/videos/VideoAdminDemo.h"
#include "client/videos/VideoAdminPage.h"
#include "client/videos/VideoAdminSeriesSection.h"
#include "client/videos/VideoEditorDialog.h"

#include <QLineEdit>
#include <QPushButton>

namespace kp::client {
namespace {

// The demo content with its painted pictures, from the server or (offline) from the cache.
void showDemo(VideoAdminPage &page, const QDateTime &offlineAsOf = {})
{
    page.findChild<VideoAdminController *>()->showDemo(videoadmindemo::series(), videoadmindemo::videos(), offlineAsOf);
    for (const auto &video : videoadmindemo::videos()) {
        if (auto *section = page.section(video.seriesId))
            section->setThumbnail(video.id, videoadmindemo::thumbnail(video.id));
    }
}

// The upload dialog a third of the way through a file.
void shootUpload(VideoAdminPage &page, ScreenshotSet &shots)
{
    page.findChild<QPushButton *>(QStringLiteral("videoAdd"))->click();
    auto *dialog = page.findChild<VideoAdminController *>()->editor();
    dialog->prefill(videoadmindemo::videos().value(2));
    VideoContentFile file;
    file.name = QStringLiteral("meta-pixel-einrichten.mp4");
    file.size = 154'300'000;
    dialog->showChosenFile(file);
    dialog->showThumbnail(VideoThumbnailImage::fromImage(videoadmindemo::thumbnail(QStringLiteral("v4"))),
                          VideoEditorDialog::tr("A frame from a tenth into the video."));
    dialog->showSaving(VideoEditorDialog::tr("Uploading %1 …").arg(file.name));
    dialog->showUploadProgress(58'700'000, file.size);
    shots.shoot(*dialog, QStringLiteral("video-admin-upload-dialog"));
    dialog->showProblem({});
    dialog->close();
}

void shootPage(VideoAdminPage &page, ScreenshotSet &shots)
{
    shots.showPageAs(shots.demo().admin);
    showDemo(page);
    shots.shoot(QStringLiteral("video-admin"));
    shootUpload(page, shots);

    page.findChild<VideoAdminController *>()->showDemo({}, {});
    shots.shoot(QStringLiteral("video-admin-empty"));

    const QDateTime asOf(QDate(2026, 12, 5), QTime(8, 30), Qt::LocalTime);
    shots.showOffline(asOf);
    showDemo(page, asOf);
    shots.shoot(QStringLiteral("video-admin-offline"));
}

} // namespace

void registerVideoAdminPage(PageRegistry &registry)
{
    registry.add({
        .id = QStringLiteral("video_admin"),
        .icon = QStringLiteral("camera-video"),
        .title = [] { return VideoAdminPage::tr("Manage videos"); },
        .section = SidebarSection::Administration,
        .adminOnly = true,
        .customerOnly = false,
        .create =
            [](const PageServices &services) {
                auto *page = new VideoAdminPage;
                new VideoAdminController(*page, services.api);
                return page;
            },
        .opened = [](QWidget *page) { page->findChild<VideoAdminController *>()->reload(); },
        .screenshots
        = [](QWidget *page, ScreenshotSet &shots) { shootPage(*static_cast<VideoAdminPage *>(page), shots); },
    });
}

} // namespace kp::client
