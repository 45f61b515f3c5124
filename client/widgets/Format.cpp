#include "client/widgets/Format.h"

#include <QLocale>
#include <QRegularExpression>

namespace kp::client::format {
namespace {

// The locale's short pattern, but never a two-digit year.
QString withFullYear(QString pattern)
{
    if (!pattern.contains(QLatin1String("yyyy")))
        pattern.replace(QRegularExpression(QStringLiteral("y+")), QStringLiteral("yyyy"));
    return pattern;
}

} // namespace

QString date(const QDate &date)
{
    const QLocale locale;
    return locale.toString(date, withFullYear(locale.dateFormat(QLocale::ShortFormat)));
}

QString dateTime(const QDateTime &instant)
{
    const QLocale locale;
    const auto local = instant.toLocalTime();
    return locale.toString(local.date(), withFullYear(locale.dateFormat(QLocale::ShortFormat))) + QLatin1Char(' ')
        + locale.toString(local.time(), QLocale::ShortFormat);
}

} // namespace kp::client::format
