#pragma once

#include <QString>
#include <QStringView>

namespace kp::server {

// Makes text a client sent fit for one log line: control and separator characters (C0, DEL, C1,
// U+2028/U+2029, bidi and other format characters, spaces other than U+0020, lone surrogates)
// become visible escapes such as \x0a or \u202e, a backslash becomes \\, so the text cannot end
// the line, forge a new one, or hide behind an escape of its own. Longer results are cut at a
// whole character or escape and end in "…", so the result never exceeds maxLength characters.
QString logSafe(QStringView text, qsizetype maxLength = 200);

} // namespace kp::server
