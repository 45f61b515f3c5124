#pragma once

#include "client/profile/CropGeometry.h"

#include <QImage>
#include <QWidget>

namespace kp::client {

// `image` scaled down to at most 1024 pixels a side (or itself when smaller): enough for any
// on-screen view of a crop, and cheap to draw again at every mouse move.
QImage displayCopy(const QImage &image);

// Shows the picture with the square that will become the avatar. The square is moved by dragging
// it or with the arrow keys (Shift: larger steps) and resized with the mouse wheel or +/-, so it
// works without a mouse too.
class AvatarCropView : public QWidget {
    Q_OBJECT

public:
    explicit AvatarCropView(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    const CropGeometry &crop() const { return m_geometry; }
    void setSide(int side);

    QSize sizeHint() const override { return {360, 360}; }
    QSize minimumSizeHint() const override { return {200, 200}; }

signals:
    void cropChanged(const QRect &source);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // Where the picture is drawn, scaled to fit and centred, in widget coordinates.
    QRectF imageArea() const;
    double scale() const;
    QRectF frameArea() const;
    void moveBy(QPoint delta);
    void changeSide(int by);
    // One arrow-key step: a fiftieth of the picture, at least a pixel.
    int step() const;

    QImage m_image;
    // What is drawn: the picture scaled down once, so a 40-megapixel photo drags smoothly.
    QImage m_display;
    CropGeometry m_geometry;
    bool m_dragging = false;
    QPointF m_dragStart;
    QPoint m_sourceAtDragStart;
};

} // namespace kp::client
