#pragma once

#include <QString>

class QLabel;

namespace kp::client {

// A word-wrapped line in the secondary text colour (UI.md): help under a label, context under
// a title, a quiet state.
QLabel *makeSecondaryLabel(const QString &text);

} // namespace kp::client
