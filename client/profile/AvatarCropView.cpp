#include "client/profile/AvatarCropView.h"

#include "client/widgets/Theme.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace kp::client {

QImage displayCopy(const QImage &image)
{
    constexpr int largestSide = 1024;
    if (image.width() <= largestSide && image.height() <= largestSide)
        return image;
    return image.scaled(largestSide, largestSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

AvatarCropView::AvatarCropView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("avatarCropView"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::OpenHandCursor);
    setAccessibleName(tr("Picture section"));
    setAccessibleDescription(tr("Move the square with the arrow keys, change its size with + and -."));
}

void AvatarCropView::setImage(const QImage &image)
{
    m_image = image;
    m_display = displayCopy(image);
    m_geometry = CropGeometry(image.size());
    update();
    emit cropChanged(m_geometry.source());
}

void AvatarCropView::setSide(int side)
{
    const auto before = m_geometry.source();
    m_geometry.setSide(side);
    if (m_geometry.source() == before)
        return;
    update();
    emit cropChanged(m_geometry.source());
}

QRectF AvatarCropView::imageArea() const
{
    if (m_image.isNull())
        return {};
    const QSizeF fitted = QSizeF(m_image.size()).scaled(QSizeF(size()), Qt::KeepAspectRatio);
    return {QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted};
}

double AvatarCropView::scale() const
{
    return m_image.isNull() ? 1.0 : imageArea().width() / m_image.width();
}

QRectF AvatarCropView::frameArea() const
{
    const QRectF source(m_geometry.source());
    const auto area = imageArea();
    return {area.topLeft() + source.topLeft() * scale(), source.size() * scale()};
}

void AvatarCropView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_image.isNull())
        return;
    const auto area = imageArea();
    painter.drawImage(area, m_display);

    // Everything outside the circle the avatar will show is dimmed.
    const auto frame = frameArea();
    QPainterPath outside;
    outside.addRect(area);
    QPainterPath circle;
    circle.addEllipse(frame);
    painter.fillPath(outside.subtracted(circle), QColor(0, 0, 0, 130));

    QPen pen(Qt::white, 2);
    if (hasFocus())
        pen.setColor(theme::colors().accent);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame.adjusted(1, 1, -1, -1));
}

void AvatarCropView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !frameArea().contains(event->position()))
        return QWidget::mousePressEvent(event);
    m_dragging = true;
    m_dragStart = event->position();
    m_sourceAtDragStart = m_geometry.source().topLeft();
    setCursor(Qt::ClosedHandCursor);
}

void AvatarCropView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return QWidget::mouseMoveEvent(event);
    // Widget pixels back to picture pixels, from where the drag began: no rounding drift.
    const QPointF moved = (event->position() - m_dragStart) / scale();
    const QPoint target = m_sourceAtDragStart + QPoint(int(std::lround(moved.x())), int(std::lround(moved.y())));
    const auto before = m_geometry.source();
    m_geometry.moveTo(target);
    if (m_geometry.source() != before) {
        update();
        emit cropChanged(m_geometry.source());
    }
}

void AvatarCropView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return QWidget::mouseReleaseEvent(event);
    m_dragging = false;
    setCursor(Qt::OpenHandCursor);
}

void AvatarCropView::wheelEvent(QWheelEvent *event)
{
    const int notches = event->angleDelta().y() / 120;
    if (notches == 0 || m_image.isNull())
        return QWidget::wheelEvent(event);
    // Wheel up zooms in, as in every image viewer: the square gets smaller.
    changeSide(-notches * step());
    event->accept();
}

void AvatarCropView::keyPressEvent(QKeyEvent *event)
{
    const int distance = step() * (event->modifiers() & Qt::ShiftModifier ? 5 : 1);
    switch (event->key()) {
    case Qt::Key_Left:
        return moveBy({-distance, 0});
    case Qt::Key_Right:
        return moveBy({distance, 0});
    case Qt::Key_Up:
        return moveBy({0, -distance});
    case Qt::Key_Down:
        return moveBy({0, distance});
    case Qt::Key_Plus:
    case Qt::Key_Equal: // "+" without Shift on many layouts
        return changeSide(-distance);
    case Qt::Key_Minus:
        return changeSide(distance);
    default:
        QWidget::keyPressEvent(event);
    }
}

void AvatarCropView::moveBy(QPoint delta)
{
    const auto before = m_geometry.source();
    m_geometry.moveBy(delta);
    if (m_geometry.source() != before) {
        update();
        emit cropChanged(m_geometry.source());
    }
}

void AvatarCropView::changeSide(int by)
{
    setSide(m_geometry.side() + by);
}

int AvatarCropView::step() const
{
    return std::max(1, m_geometry.maximumSide() / 50);
}

} // namespace kp::client
