#pragma once

#include "shared/Video.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace kp::client {

class VideoAdminThumbnail;

// One video in its series on the admin's page: thumbnail with length, title, what it is
// (Pflicht, file size or "no file yet"), its state as a badge (Entwurf / Veröffentlicht), and
// its actions: publish or unpublish, edit, delete. Dragging the row reorders the series.
class VideoAdminRow : public QWidget {
    Q_OBJECT

public:
    explicit VideoAdminRow(const VideoContent &video, QWidget *parent = nullptr);

    const VideoContent &video() const { return m_video; }
    void setThumbnail(const QImage &image);
    // Offline or while a change is on its way: the actions wait.
    void setActionsEnabled(bool enabled);

signals:
    void publishRequested(const QString &id, bool publish);
    void editRequested(const QString &id);
    void removeRequested(const QString &id);

private:
    VideoContent m_video;
    VideoAdminThumbnail *m_thumbnail;
    QList<QPushButton *> m_actions;
};

} // namespace kp::client
