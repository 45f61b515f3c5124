#pragma once

#include "shared/Video.h"

#include <QFrame>
#include <QHash>
#include <QImage>

class QLabel;
class QListWidget;
class QPushButton;

namespace kp::client {

class VideoAdminRow;

// One series on the admin's page: a card with its title, "Umbenennen", and its videos in
// order, drafts too. The rows can be dragged into a new order (QListWidget, InternalMove);
// a drop emits orderChanged() and the page keeps the new order until the server says
// otherwise (restoreOrder()).
class VideoAdminSeriesSection : public QFrame {
    Q_OBJECT

public:
    VideoAdminSeriesSection(const VideoSeries &series, const QList<VideoContent> &videos, QWidget *parent = nullptr);

    const VideoSeries &series() const { return m_series; }
    QStringList order() const;
    // Puts the rows back into `ids`' order (a refused reorder).
    void restoreOrder(const QStringList &ids);
    void setThumbnail(const QString &videoId, const QImage &image);
    void setEditable(bool editable);
    VideoAdminRow *row(const QString &videoId) const;

signals:
    void renameRequested(const kp::VideoSeries &series);
    // `previous` is what to restore when the server refuses the new order.
    void orderChanged(const QString &seriesId, const QStringList &order, const QStringList &previous);
    void publishRequested(const QString &id, bool publish);
    void editRequested(const QString &id);
    void removeRequested(const QString &id);

private:
    void fill(const QList<VideoContent> &videos);
    void attachRows();
    void fitHeight();
    void onRowsMoved();

    VideoSeries m_series;
    QHash<QString, VideoContent> m_videos;
    QHash<QString, QImage> m_thumbnails;
    QStringList m_order; // as last shown, for the "previous" of a drop
    QListWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_rename;
    bool m_editable = true;
};

} // namespace kp::client
