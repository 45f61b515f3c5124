#include "client/widgets/Avatar.h"

#include "client/widgets/Theme.h"

#include <QPainter>
#include <QPainterPath>

namespace kp::client {

Avatar::Avatar(int diameter, QWidget *parent)
    : QWidget(parent)
    , m_diameter(diameter)
{
    setFixedSize(diameter, diameter);
}

void Avatar::setName(const QString &name)
{
    m_initials.clear();
    const auto words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const auto &word : words) {
        if (m_initials.size() == 2)
            break;
        if (word.front().isLetter())
            m_initials += word.front().toUpper();
    }
    update();
}

void Avatar::setPicture(const QImage &picture)
{
    if (picture.isNull()) {
        m_picture = QPixmap();
    } else {
        const int side = qRound(m_diameter * devicePixelRatioF());
        m_picture
            = QPixmap::fromImage(picture.scaled(side, side, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation));
        m_picture.setDevicePixelRatio(devicePixelRatioF());
    }
    update();
}

void Avatar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (!m_picture.isNull()) {
        QPainterPath circle;
        circle.addEllipse(QRectF(rect()));
        painter.setClipPath(circle);
        painter.drawPixmap(rect(), m_picture);
        return;
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme::colors().accent);
    painter.drawEllipse(rect());
    auto font = painter.font();
    font.setPixelSize(m_diameter * 2 / 5);
    font.setWeight(QFont::DemiBold);
    painter.setFont(font);
    painter.setPen(theme::colors().surface);
    painter.drawText(rect(), Qt::AlignCenter, m_initials);
}

} // namespace kp::client
