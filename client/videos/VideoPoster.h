#pragma once

#include <QImage>
#include <QWidget>

namespace kp::client {

// What the player shows before the video's first frame: the thumbnail on black (whole, not
// cropped) with a large play glyph; a click asks to play. Painted, so it also appears where the
// picture of a native video surface cannot (screenshots).
class VideoPoster : public QWidget {
    Q_OBJECT

public:
    explicit VideoPoster(QWidget *parent = nullptr);
    void setImage(const QImage &image);

signals:
    void playRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QImage m_image;
};

} // namespace kp::client
