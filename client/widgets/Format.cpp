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

QString duration(double seconds)
{
    const auto total = qint64(std::max(0.0, seconds));
    const auto h = total / 3600;
    const auto m = (total / 60) % 60;
    const auto s = total % 60;
    const auto mmss = QStringLiteral("%1:%2")
                          .arg(h > 0 ? QString::number(m).rightJustified(2, QLatin1Char('0')) : QString::number(m))
                          .arg(s, 2, 10, QLatin1Char('0'));
    return h > 0 ? QString::number(h) + QLatin1Char(':') + mmss : mmss;
}

} // namespace kp::client::format
