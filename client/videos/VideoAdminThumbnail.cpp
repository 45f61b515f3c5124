#include "client/videos/VideoAdminThumbnail.h"

#include "client/widgets/Theme.h"

#include <QPainter>
#include <QPainterPath>

namespace kp::client {

VideoAdminThumbnail::VideoAdminThumbnail(QWidget *parent)
    : QWidget(parent)
{
    setFixedSize(sizeHint());
}

void VideoAdminThumbnail::setImage(const QImage &image)
{
    m_image = image;
    update();
}

void VideoAdminThumbnail::setDuration(const QString &text)
{
    m_duration = text;
    update();
}

void VideoAdminThumbnail::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    update();
}

void VideoAdminThumbnail::paintEvent(QPaintEvent *)
{
    const auto &colors = theme::colors();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF area = rect();
    QPainterPath clip;
    clip.addRoundedRect(area, 6, 6);
    painter.setClipPath(clip);
    if (m_image.isNull()) {
        painter.fillRect(area, colors.background);
        painter.setPen(colors.secondaryText);
        auto font = painter.font();
        font.setPixelSize(11);
        painter.setFont(font);
        painter.drawText(area.adjusted(4, 4, -4, -18), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
    } else {
        const auto scaled
            = m_image.scaled(size() * devicePixelRatioF(), Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
        QRectF source(QPointF(0, 0), QSizeF(size()) * devicePixelRatioF());
        source.moveCenter(QRectF(scaled.rect()).center());
        painter.drawImage(area, scaled, source);
    }
    painter.setClipping(false);
    painter.setPen(QPen(colors.border, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(area.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    if (m_duration.isEmpty())
        return;
    auto font = painter.font();
    font.setPixelSize(11);
    font.setWeight(QFont::DemiBold);
    painter.setFont(font);
    const auto textWidth = painter.fontMetrics().horizontalAdvance(m_duration);
    const QRectF chip(area.right() - textWidth - 14, area.bottom() - 20, textWidth + 10, 16);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 170));
    painter.drawRoundedRect(chip, 4, 4);
    painter.setPen(Qt::white);
    painter.drawText(chip, Qt::AlignCenter, m_duration);
}

} // namespace kp::client
