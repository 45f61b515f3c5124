#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

class QApplication;
class QWidget;

// The one place where the app's look is decided (UI.md "Tokens"): colours, spacing, fonts,
// the stylesheet and the icon set. Widgets ask for a role or a variant, never for a colour.
namespace kp::client::theme {

struct Colors {
    QColor background {0xF6, 0xF7, 0xF9};
    QColor surface {0xFF, 0xFF, 0xFF};
    QColor border {0xE3, 0xE6, 0xEA};
    QColor text {0x1F, 0x23, 0x28};
    QColor secondaryText {0x57, 0x60, 0x6A};
    QColor accent {0x25, 0x63, 0xEB};
    QColor success {0x1A, 0x7F, 0x37};
    QColor warning {0x9A, 0x67, 0x00};
    QColor danger {0xCF, 0x22, 0x2E};
};
const Colors &colors();

// Spacing on the 4 px grid.
namespace spacing {
inline constexpr int xs = 4;
inline constexpr int s = 8;
inline constexpr int m = 12;
inline constexpr int l = 16;
inline constexpr int xl = 24;
inline constexpr int xxl = 32;
} // namespace spacing

// Loads the bundled Inter fonts, the palette and the stylesheet into the application.
void apply(QApplication &app);

// A bundled Adwaita symbolic icon (":/icons/<name>.svg") drawn in `color`.
QIcon icon(const QString &name, const QColor &color = colors().secondaryText);

// The agency's logo at `size` logical pixels, sharp on high-DPI screens.
QPixmap logo(int size);

// Sets a dynamic property used by the stylesheet and re-polishes the widget so it takes effect.
void setStyleProperty(QWidget *widget, const char *name, const QVariant &value);

} // namespace kp::client::theme
