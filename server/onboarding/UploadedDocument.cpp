#include "server/onboarding/UploadedDocument.h"

#include <QFile>
#include <QStringDecoder>

namespace kp::server {
namespace {

bool isPlainText(const QByteArray &probe, bool whole)
{
    // A cut in the middle of a multi-byte character at the probe's end is no error.
    auto decode = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decode(whole ? probe : probe.left(probe.size() - 4));
    if (decode.hasError())
        return false;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\r') && c != QLatin1Char('\t'))
            return false;
    }
    return true;
}

} // namespace

std::optional<QString> UploadedDocument::contentType(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const auto probe = file.read(kTextProbe);
    if (probe.isEmpty())
        return std::nullopt;
    if (probe.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (probe.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (probe.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (isPlainText(probe, file.size() <= kTextProbe))
        return QStringLiteral("text/plain");
    return std::nullopt;
}

QString UploadedDocument::cleanName(const QString &name)
{
    auto clean = name.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1).trimmed();
    QString result;
    for (const QChar c : clean) {
        if (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format)
            result.append(c);
    }
    return result.normalized(QString::NormalizationForm_C);
}

} // namespace kp::server
