#include "server/onboarding/CsvRows.h"

#include <QStringDecoder>

namespace kp::server {
namespace {

QChar detectSeparator(const QString &text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

} // namespace

CsvRows CsvRows::parse(const QByteArray &bytes)
{
    auto decode = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decode(bytes);
    if (decode.hasError())
        return {{}, QStringLiteral("not_utf8")};
    qsizetype start = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    const QChar separator = detectSeparator(text.mid(start, 4096));

    CsvRows result;
    QStringList row;
    QString field;
    bool quoted = false;
    bool rowHasContent = false; // a line of nothing at all is no row
    const auto endField = [&] {
        row.append(field);
        field.clear();
    };
    const auto endRow = [&] {
        endField();
        if (rowHasContent || row.size() > 1)
            result.rows.append(row);
        row.clear();
        rowHasContent = false;
    };
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c != QLatin1Char('"')) {
                field.append(c);
            } else if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field.append(c);
                ++i;
            } else {
                quoted = false;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
            rowHasContent = true;
        } else if (c == separator) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRow();
        } else {
            field.append(c);
            rowHasContent = true;
        }
    }
    if (quoted)
        return {{}, QStringLiteral("unterminated_quote")};
    if (!field.isEmpty() || !row.isEmpty() || rowHasContent)
        endRow();
    return result;
}

} // namespace kp::server
