#include "client/videos/VideoAdminController.h"

#include "client/videos/MediaLink.h"
#include "client/videos/VideoAdminMessages.h"
#include "client/videos/VideoAdminPage.h"
#include "client/videos/VideoAdminSeriesSection.h"
#include "client/videos/VideoEditorController.h"
#include "client/videos/VideoEditorDialog.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>

#include <algorithm>

namespace kp::client {

VideoAdminController::VideoAdminController(VideoAdminPage &page, ApiClient &api)
    : QObject(&page)
    , m_page(page)
    , m_api(api)
    , m_content(api)
{
    connect(&page, &VideoAdminPage::retryRequested, this, &VideoAdminController::reload);
    connect(&page, &VideoAdminPage::addSeriesRequested, this, &VideoAdminController::addSeries);
    connect(&page, &VideoAdminPage::renameSeriesRequested, this, &VideoAdminController::renameSeries);
    connect(&page, &VideoAdminPage::addVideoRequested, this, [this] { openEditor(std::nullopt); });
    connect(&page, &VideoAdminPage::editRequested, this, [this](const QString &id) {
        if (const auto found = video(id))
            openEditor(found);
    });
    connect(&page, &VideoAdminPage::orderChanged, this, &VideoAdminController::reorder);
    connect(&page, &VideoAdminPage::publishRequested, this, &VideoAdminController::setPublished);
    connect(&page, &VideoAdminPage::removeRequested, this, &VideoAdminController::remove);
}

void VideoAdminController::reload()
{
    auto *load = m_load.begin();
    if (m_series.isEmpty() && m_videos.isEmpty())
        m_page.showLoading();
    const auto fail = [this](const ApiError &error) {
        if (m_series.isEmpty() && m_videos.isEmpty())
            m_page.showError(error.message());
        else
            m_page.showProblem(tr("The videos could not be loaded again: %1").arg(error.message()));
    };
    m_content.series()
        .onSuccess(load,
                   [this, load, fail](const ContentList<VideoSeries> &series) {
                       m_content.videos()
                           .onSuccess(load,
                                      [this, series](const ContentList<VideoContent> &videos) {
                                          m_series = series.items;
                                          m_videos = videos.items;
                                          show(videos.offlineAsOf.isValid() ? videos.offlineAsOf : series.offlineAsOf);
                                      })
                           .onFailure(load, fail);
                   })
        .onFailure(load, fail);
}

void VideoAdminController::showDemo(const QList<VideoSeries> &series, const QList<VideoContent> &videos,
                                    const QDateTime &offlineAsOf)
{
    m_load.begin();
    m_series = series;
    m_videos = videos;
    m_page.showContent(series, videos, offlineAsOf);
}

void VideoAdminController::show(const QDateTime &offlineAsOf)
{
    m_page.showContent(m_series, m_videos, offlineAsOf);
    fetchThumbnails();
}

void VideoAdminController::fetchThumbnails()
{
    auto *load = m_load.current();
    for (const auto &video : std::as_const(m_videos)) {
        if (video.thumbnailUrl.isEmpty())
            continue;
        // Every change reloads the page; pictures it already has show at once instead of
        // blinking to the placeholder. The link's path names the picture's content (its query
        // only signs it), so a new picture has a new key.
        const auto key = QUrl(video.thumbnailUrl).path();
        if (const auto known = m_thumbnails.find(key); known != m_thumbnails.end()) {
            if (auto *section = m_page.section(video.seriesId))
                section->setThumbnail(video.id, *known);
            continue;
        }
        // A signed link: no session header, like the customers' player.
        auto *reply = m_api.network()->get(QNetworkRequest(medialink::resolve(m_api.baseUrl(), video.thumbnailUrl)));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        connect(reply, &QNetworkReply::finished, load, [this, reply, key, id = video.id, seriesId = video.seriesId] {
            const auto image = QImage::fromData(reply->readAll());
            if (image.isNull())
                return;
            m_thumbnails.insert(key, image);
            if (auto *section = m_page.section(seriesId))
                section->setThumbnail(id, image);
        });
    }
}

std::optional<VideoContent> VideoAdminController::video(const QString &id) const
{
    const auto found
        = std::find_if(m_videos.begin(), m_videos.end(), [&id](const VideoContent &video) { return video.id == id; });
    return found == m_videos.end() ? std::nullopt : std::optional<VideoContent>(*found);
}

void VideoAdminController::askSeriesTitle(const QString &title, const QString &current,
                                          std::function<void(const QString &)> done)
{
    auto *dialog = new QInputDialog(&m_page);
    dialog->setObjectName(QStringLiteral("seriesTitleDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(tr("Title of the series"));
    dialog->setTextValue(current);
    dialog->setOkButtonText(tr("Save"));
    dialog->setCancelButtonText(tr("Cancel"));
    connect(dialog, &QInputDialog::textValueSelected, this, [done = std::move(done)](const QString &text) {
        if (!text.trimmed().isEmpty())
            done(text.trimmed());
    });
    dialog->open();
}

void VideoAdminController::addSeries()
{
    askSeriesTitle(tr("Add series"), {}, [this](const QString &title) {
        int next = 0;
        for (const auto &series : std::as_const(m_series))
            next = std::max(next, series.position + 1);
        m_content.addSeries(title, next)
            .onSuccess(this,
                       [this](const VideoSeries &series) {
                           m_page.confirm(tr("The series “%1” was added.").arg(series.title));
                           reload();
                       })
            .onFailure(this, [this, title](const ApiError &error) {
                m_page.showProblem(
                    VideoAdminMessages::changeFailed(tr("The series “%1” could not be added").arg(title), error));
            });
    });
}

void VideoAdminController::renameSeries(const VideoSeries &series)
{
    askSeriesTitle(tr("Rename series"), series.title, [this, series](const QString &title) {
        auto renamed = series;
        renamed.title = title;
        m_content.updateSeries(renamed)
            .onSuccess(this,
                       [this](const VideoSeries &saved) {
                           m_page.confirm(tr("The series is now called “%1”.").arg(saved.title));
                           reload();
                       })
            .onFailure(this, [this, series](const ApiError &error) {
                m_page.showProblem(VideoAdminMessages::changeFailed(
                    tr("The series “%1” could not be renamed").arg(series.title), error));
            });
    });
}

void VideoAdminController::openEditor(const std::optional<VideoContent> &existing)
{
    auto *dialog = new VideoEditorDialog(m_series, existing ? existing->seriesId : m_series.value(0).id, &m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (existing)
        dialog->setVideo(*existing);
    m_editor = dialog;
    auto *editor = new VideoEditorController(*dialog, m_content, [this](const QString &seriesId) {
        return int(std::count_if(m_videos.begin(), m_videos.end(),
                                 [&seriesId](const VideoContent &video) { return video.seriesId == seriesId; }));
    });
    connect(editor, &VideoEditorController::saved, this, [this](const VideoContent &video) {
        m_page.confirm(tr("“%1” was saved.").arg(video.title));
        reload();
    });
    connect(editor, &VideoEditorController::draftChanged, this, &VideoAdminController::reload);
    dialog->open();
}

void VideoAdminController::reorder(const QString &seriesId, const QStringList &order, const QStringList &previous)
{
    m_page.clearProblem();
    m_content.reorder(seriesId, order)
        .onSuccess(this,
                   [this](const ContentList<VideoContent> &) {
                       m_page.confirm(tr("The new order is saved."));
                       reload();
                   })
        .onFailure(this, [this, seriesId, previous](const ApiError &error) {
            if (auto *section = m_page.section(seriesId))
                section->restoreOrder(previous);
            const auto why = error.is(ErrorCode::ValidationFailed)
                ? tr("the series changed meanwhile (a video was added or removed). The page was loaded again.")
                : error.isNetworkError()
                ? tr("the server cannot be reached. Changes need the connection; try again once you are online.")
                : error.message();
            m_page.showProblem(tr("The order could not be saved, so the old one is back: %1").arg(why));
            if (error.is(ErrorCode::ValidationFailed))
                reload();
        });
}

void VideoAdminController::setPublished(const QString &id, bool publish)
{
    const auto title = video(id).value_or(VideoContent {}).title;
    m_page.clearProblem();
    m_content.setPublished(id, publish)
        .onSuccess(this,
                   [this, publish](const VideoContent &video) {
                       m_page.confirm(publish ? tr("“%1” is published.").arg(video.title)
                                              : tr("“%1” is a draft again.").arg(video.title));
                       reload();
                   })
        .onFailure(this, [this, title, publish](const ApiError &error) {
            if (publish && error.is(ErrorCode::Conflict))
                return m_page.showProblem(
                    tr("“%1” has no video file yet. Upload its file (Edit), then publish it.").arg(title));
            m_page.showProblem(VideoAdminMessages::changeFailed(
                publish ? tr("“%1” could not be published").arg(title) : tr("“%1” could not be unpublished").arg(title),
                error));
        });
}

void VideoAdminController::remove(const QString &id)
{
    const auto title = video(id).value_or(VideoContent {}).title;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete video"),
                                tr("Delete “%1”? Customers will no longer see it, and its file is removed.").arg(title),
                                QMessageBox::Cancel, &m_page);
    box->setObjectName(QStringLiteral("videoDeleteConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    auto *confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("videoDeleteConfirmButton"));
    confirm->setProperty("variant", QStringLiteral("destructive"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(confirm, &QPushButton::clicked, this, [this, id, title] {
        m_content.removeVideo(id)
            .onSuccess(this,
                       [this, title](NoContent) {
                           m_page.confirm(tr("“%1” was deleted.").arg(title));
                           reload();
                       })
            .onFailure(this, [this, title](const ApiError &error) {
                m_page.showProblem(VideoAdminMessages::changeFailed(tr("“%1” could not be deleted").arg(title), error));
            });
    });
    box->open();
}

} // namespace kp::client
