#include "client/videos/VideoThumbnail.h"

#include "client/widgets/Theme.h"

#include <QPainter>
#include <QPainterPath>

namespace kp::client {

namespace {

constexpr double kRadius = 8;
constexpr int kBarHeight = 4;

} // namespace

void paintPlayGlyph(QPainter &painter, const QRectF &rect, double diameter)
{
    const QRectF disc(rect.center() - QPointF(diameter / 2, diameter / 2), QSizeF(diameter, diameter));
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 230));
    painter.drawEllipse(disc);
    const double side = diameter * 0.36;
    const QPointF centre = disc.center() + QPointF(side * 0.12, 0); // a triangle looks centred a bit right
    QPolygonF triangle {centre + QPointF(-side / 2, -side * 0.58), centre + QPointF(-side / 2, side * 0.58),
                        centre + QPointF(side * 0.62, 0)};
    painter.setBrush(theme::colors().accent);
    painter.drawPolygon(triangle);
}

VideoThumbnail::VideoThumbnail(int width, QWidget *parent)
    : QWidget(parent)
{
    setFixedSize(width, width * 9 / 16);
}

QSize VideoThumbnail::sizeHint() const
{
    return size();
}

void VideoThumbnail::setImage(const QImage &image)
{
    m_image = image;
    update();
}

void VideoThumbnail::setDuration(const QString &text)
{
    m_duration = text;
    update();
}

void VideoThumbnail::setShare(double share)
{
    m_share = std::clamp(share, 0.0, 1.0);
    update();
}

void VideoThumbnail::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QRectF area = rect();
    QPainterPath clip;
    clip.addRoundedRect(area, kRadius, kRadius);
    painter.setClipPath(clip);

    const auto &colors = theme::colors();
    // The watched share runs along the bottom edge as a strip of its own, so it reads on any
    // picture; the picture fills the rest.
    const QRectF bar(area.left(), area.bottom() + 1 - kBarHeight, area.width(), kBarHeight);
    if (m_share > 0)
        area.setBottom(bar.top());
    if (m_image.isNull()) {
        QLinearGradient wash(area.topLeft(), area.bottomRight());
        wash.setColorAt(0, colors.accent.lighter(185));
        wash.setColorAt(1, colors.accent.lighter(150));
        painter.fillRect(area, wash);
    } else {
        // Cropped to fill the 16:9 frame, whatever the picture's own shape.
        const auto scaled = QSizeF(m_image.size()).scaled(area.size(), Qt::KeepAspectRatioByExpanding);
        const QRectF target(area.center() - QPointF(scaled.width() / 2, scaled.height() / 2), scaled);
        painter.drawImage(target, m_image);
    }
    paintPlayGlyph(painter, area, std::min(area.height() * 0.32, 48.0));

    if (!m_duration.isEmpty()) {
        auto font = painter.font();
        font.setPixelSize(11);
        font.setWeight(QFont::DemiBold);
        painter.setFont(font);
        const auto textWidth = painter.fontMetrics().horizontalAdvance(m_duration);
        const QRectF chip(area.right() - textWidth - 8 - 8, area.bottom() - 20 - 8, textWidth + 8, 20);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 170));
        painter.drawRoundedRect(chip, 4, 4);
        painter.setPen(Qt::white);
        painter.drawText(chip, Qt::AlignCenter, m_duration);
    }
    if (m_share > 0) {
        painter.fillRect(bar, colors.border);
        painter.fillRect(QRectF(bar.topLeft(), QSizeF(bar.width() * m_share, kBarHeight)),
                         m_share >= 1 ? colors.success : colors.accent);
    }
}

} // namespace kp::client
