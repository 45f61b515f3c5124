#pragma once

#include "client/api/RequestScope.h"
#include "client/videos/VideoContentApi.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace kp::client {

class VideoAdminPage;
class VideoEditorDialog;

// Fills the admin's video page from the server and carries out what the admin does there:
// series added and renamed, videos added and edited (VideoEditorController), published, deleted and
// reordered. Every change answers the item as the server holds it; the page then loads the
// lists again, so it never shows a state the server does not have. Failures are sentences on
// the page (or in the dialog that asked); a refused reorder restores the old order.
class VideoAdminController : public QObject {
    Q_OBJECT

public:
    VideoAdminController(VideoAdminPage &page, ApiClient &api);

    void reload();
    // Demo content without the server (screenshots), as if from the cache when `offlineAsOf` is set.
    void showDemo(const QList<VideoSeries> &series, const QList<VideoContent> &videos,
                  const QDateTime &offlineAsOf = {});
    // The last editor dialog opened (tests and screenshots answer it).
    VideoEditorDialog *editor() const { return m_editor; }
    const QList<VideoSeries> &series() const { return m_series; }

private:
    void show(const QDateTime &offlineAsOf);
    void fetchThumbnails();
    void addSeries();
    void renameSeries(const VideoSeries &series);
    void askSeriesTitle(const QString &title, const QString &current, std::function<void(const QString &)> done);
    void openEditor(const std::optional<VideoContent> &video);
    void reorder(const QString &seriesId, const QStringList &order, const QStringList &previous);
    void setPublished(const QString &id, bool publish);
    void remove(const QString &id);
    std::optional<VideoContent> video(const QString &id) const;

    VideoAdminPage &m_page;
    ApiClient &m_api;
    VideoContentApi m_content;
    RequestScope m_load;
    QList<VideoSeries> m_series;
    QList<VideoContent> m_videos;
    QPointer<VideoEditorDialog> m_editor;
    QHash<QString, QImage> m_thumbnails; // the signed link's path → picture, for this page's life
};

} // namespace kp::client
