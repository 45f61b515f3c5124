#include "client/videos/VideoPoster.h"

#include "client/videos/VideoThumbnail.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace kp::client {

VideoPoster::VideoPoster(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("videoPoster"));
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void VideoPoster::setImage(const QImage &image)
{
    m_image = image;
    update();
}

void VideoPoster::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF area = rect();
    QPainterPath clip;
    clip.addRoundedRect(area, 8, 8);
    painter.setClipPath(clip);
    painter.fillRect(area, Qt::black);
    if (!m_image.isNull()) {
        const auto scaled = QSizeF(m_image.size()).scaled(area.size(), Qt::KeepAspectRatio);
        painter.drawImage(QRectF(area.center() - QPointF(scaled.width() / 2, scaled.height() / 2), scaled), m_image);
    }
    paintPlayGlyph(painter, area, std::min(area.height() * 0.2, 88.0));
}

void VideoPoster::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit playRequested();
    QWidget::mouseReleaseEvent(event);
}

} // namespace kp::client
