#pragma once

#include <QString>

class QFrame;
class QVBoxLayout;

namespace kp::client {

// A card of the content area (UI.md: surface, border, radius, the section title on top);
// `content` receives the layout below the title to fill.
QFrame *makeCard(QVBoxLayout *&content, const QString &title, const QString &objectName = {});

} // namespace kp::client
