#include "client/profile/CropGeometry.h"

#include <algorithm>

namespace kp::client {

namespace {
constexpr int smallestUsefulSide = 64;
}

CropGeometry::CropGeometry(QSize image)
    : m_image(image)
{
    const int side = maximumSide();
    place(QPoint((image.width() - side) / 2, (image.height() - side) / 2), side);
}

int CropGeometry::maximumSide() const
{
    return std::max(0, std::min(m_image.width(), m_image.height()));
}

int CropGeometry::minimumSide() const
{
    return std::min(smallestUsefulSide, maximumSide());
}

void CropGeometry::moveBy(QPoint delta)
{
    place(m_source.topLeft() + delta, side());
}

void CropGeometry::moveTo(QPoint topLeft)
{
    place(topLeft, side());
}

void CropGeometry::setSide(int side)
{
    const QPoint centre = m_source.center();
    const int clamped = std::clamp(side, minimumSide(), maximumSide());
    // QRect::center() rounds down; keep the square where it was when the side does not change.
    place(QPoint(centre.x() - (clamped - 1) / 2, centre.y() - (clamped - 1) / 2), clamped);
}

void CropGeometry::place(QPoint topLeft, int side)
{
    const int x = std::clamp(topLeft.x(), 0, m_image.width() - side);
    const int y = std::clamp(topLeft.y(), 0, m_image.height() - side);
    m_source = QRect(x, y, side, side);
}

} // namespace kp::client
