#include "server/core/LogSafe.h"

namespace kp::server {
namespace {

bool needsEscape(char32_t c)
{
    if (c == U' ')
        return false;
    switch (QChar::category(c)) {
    case QChar::Other_Control:       // C0, DEL, C1: newline, carriage return, terminal escapes
    case QChar::Other_Format:        // bidi overrides, zero-width characters
    case QChar::Other_Surrogate:     // a lone half of a pair: not valid UTF-8 on the way out
    case QChar::Separator_Line:      // U+2028, a line break to some log viewers
    case QChar::Separator_Paragraph: // U+2029
    case QChar::Separator_Space:     // look like the spaces that separate log fields
        return true;
    default:
        return false;
    }
}

QString escaped(char32_t c)
{
    if (c == U'\\')
        return QStringLiteral("\\\\");
    if (!needsEscape(c))
        return QString::fromUcs4(&c, 1);
    const int width = c <= 0xFF ? 2 : c <= 0xFFFF ? 4 : 8;
    const auto prefix = width == 2 ? QStringLiteral("\\x") : width == 4 ? QStringLiteral("\\u") : QStringLiteral("\\U");
    return prefix + QStringLiteral("%1").arg(uint(c), width, 16, QLatin1Char('0'));
}

} // namespace

QString logSafe(QStringView text, qsizetype maxLength)
{
    if (maxLength <= 0)
        return {};
    static const QString ellipsis = QStringLiteral("\u2026");
    QString result;
    qsizetype roomForEllipsis = 0; // result's length at the last cut that leaves room for "…"
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        // A valid pair is one character; a lone surrogate stays a single unit and is escaped.
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        const auto piece = escaped(c);
        if (result.size() + piece.size() > maxLength) {
            result.truncate(roomForEllipsis);
            return result + ellipsis;
        }
        result += piece;
        if (result.size() + ellipsis.size() <= maxLength)
            roomForEllipsis = result.size();
    }
    return result;
}

} // namespace kp::server
