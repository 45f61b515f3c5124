#pragma once

#include <QPoint>
#include <QRect>
#include <QSize>

namespace kp::client {

// The square of a picture that becomes the avatar, in the picture's own pixels. Always inside the
// picture and at least minimumSide() wide, whatever the user does. No widgets: the rules are
// tested alone, and the crop view only draws and forwards input.
class CropGeometry {
public:
    CropGeometry() = default;
    // Starts with the largest square, centred.
    explicit CropGeometry(QSize image);

    QSize imageSize() const { return m_image; }
    QRect source() const { return m_source; }
    int side() const { return m_source.width(); }
    // The shortest side of the picture: the square cannot be larger.
    int maximumSide() const;
    // So small a square would make a blurry avatar; smaller pictures allow their own size.
    int minimumSide() const;

    void moveBy(QPoint delta);
    void moveTo(QPoint topLeft);
    // Resizes around the square's centre, as far as the picture allows.
    void setSide(int side);

private:
    void place(QPoint topLeft, int side);

    QSize m_image;
    QRect m_source;
};

} // namespace kp::client
