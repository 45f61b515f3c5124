#pragma once

#include "shared/Video.h"

#include <QFrame>

class QLabel;

namespace kp::client {

class VideoThumbnail;

// One video in the member area (UI.md "Videos"): the thumbnail with its length and watched
// share, the title, and small markers — "Neu", "Pflicht" or ✓ "Verstanden", "Offline". Opens
// the player on a click, Enter or Space; objectName "videoCard_<id>".
class VideoCard : public QFrame {
    Q_OBJECT

public:
    static constexpr int cardWidth = 256;

    explicit VideoCard(const Video &video, QWidget *parent = nullptr);

    void showVideo(const Video &video);
    void setThumbnail(const QImage &image);
    void setOffline(bool offline);
    VideoThumbnail *thumbnail() const { return m_thumbnail; }

signals:
    void openRequested(const QString &videoId);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString m_id;
    VideoThumbnail *m_thumbnail;
    QLabel *m_title;
    QLabel *m_length;
    QLabel *m_new;
    QLabel *m_required;
    QLabel *m_understood;
    QLabel *m_offline;
};

} // namespace kp::client
