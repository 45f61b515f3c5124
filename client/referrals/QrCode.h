#pragma once

#include <QImage>
#include <QList>
#include <QString>

#include <optional>

namespace kp::client {

// A QR code of a text (libqrencode, error correction level M, the smallest version that holds
// it): the module matrix and a crisp picture of it. Pure data, no widget.
class QrCode {
public:
    // The modules a reader needs around the code (ISO/IEC 18004: four on every side).
    static constexpr int quietZone = 4;

    // Empty when the text is empty or too long for any version (over ~2,300 bytes at level M).
    static std::optional<QrCode> encode(const QString &text);

    int version() const { return m_version; }
    // Modules per side (21 for version 1, four more per version).
    int size() const { return m_size; }
    bool isDark(int x, int y) const { return m_dark.at(y * m_size + x); }

    // Black modules on white, each `modulePixels` square, with the quiet zone: an image of
    // (size() + 2 * quietZone) * modulePixels pixels per side. Whole pixels per module, so every
    // edge is sharp (no smoothing, whatever the scale).
    QImage toImage(int modulePixels) const;
    // The side of toImage(modulePixels) in pixels.
    int imageSide(int modulePixels) const { return (m_size + 2 * quietZone) * modulePixels; }

    bool operator==(const QrCode &) const = default;

private:
    int m_version = 0;
    int m_size = 0;
    QList<bool> m_dark; // row by row
};

} // namespace kp::client
