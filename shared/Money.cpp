#include "shared/Money.h"

#include <limits>

namespace kp::money {
namespace {

// Parses an optional sign, digits, and at most `scaleDigits` decimals into value × 10^scaleDigits.
std::optional<qint64> parseScaled(QStringView text, int scaleDigits)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (text.front() == QLatin1Char('-') || text.front() == QLatin1Char('+')) {
        negative = text.front() == QLatin1Char('-');
        text = text.mid(1);
    }
    const auto point = text.indexOf(QLatin1Char('.'));
    const auto whole = point < 0 ? text : text.left(point);
    const auto fraction = point < 0 ? QStringView() : text.mid(point + 1);
    if ((whole.isEmpty() && fraction.isEmpty()) || fraction.size() > scaleDigits)
        return std::nullopt;
    constexpr auto max = std::numeric_limits<qint64>::max();
    qint64 value = 0;
    const auto append = [&](QChar digit) {
        if (digit.unicode() < '0' || digit.unicode() > '9')
            return false;
        const int next = digit.unicode() - '0';
        if (value > (max - next) / 10)
            return false;
        value = value * 10 + next;
        return true;
    };
    for (const auto digit : whole)
        if (!append(digit))
            return std::nullopt;
    for (int i = 0; i < scaleDigits; ++i)
        if (!append(i < fraction.size() ? fraction[i] : QLatin1Char('0')))
            return std::nullopt;
    return negative ? -value : value;
}

} // namespace

std::optional<qint64> parseMicros(QStringView decimal)
{
    return parseScaled(decimal, 6);
}

std::optional<qint64> parseMilli(QStringView decimal)
{
    return parseScaled(decimal, 3);
}

QString formatMicros(qint64 micros)
{
    const bool negative = micros < 0;
    // The magnitude as unsigned, so the smallest qint64 has one too.
    const auto magnitude = negative ? 0 - static_cast<quint64>(micros) : static_cast<quint64>(micros);
    auto fraction = QStringLiteral("%1").arg(magnitude % 1000000, 6, 10, QLatin1Char('0'));
    while (fraction.size() > 2 && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    return (negative ? QStringLiteral("-") : QString()) + QString::number(magnitude / 1000000) + QLatin1Char('.')
        + fraction;
}

std::optional<QString> divideToCents(qint64 amountMicros, qint64 countMilli)
{
    if (countMilli == 0)
        return std::nullopt;
    // cents = amount / (10^4 micros per cent) / (count / 10^3) = amount / (count × 10), rounded by
    // the remainder so nothing overflows on the way.
    const bool negative = (amountMicros < 0) != (countMilli < 0);
    const auto n = amountMicros < 0 ? 0 - static_cast<quint64>(amountMicros) : static_cast<quint64>(amountMicros);
    const auto d = (countMilli < 0 ? 0 - static_cast<quint64>(countMilli) : static_cast<quint64>(countMilli)) * 10;
    const auto cents = static_cast<qint64>(n / d + (n % d >= d - n % d ? 1 : 0)); // half away from zero
    return formatMicros((negative ? -cents : cents) * 10000);
}

} // namespace kp::money
