#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace kp::money {

// Money travels as whole millionths of the currency unit ("micros", Google Ads' own unit) in a
// 64-bit integer from the ad platform to the API answer: exact for every platform's amounts,
// and nine trillion units of headroom. No floating point touches an amount on the way.

// "12.34", "-0.5", "1234", "0.000001" → micros. Refuses more than six decimals, exponents,
// signs in the middle, empty strings and overflow (nullopt), so a strange value from an API is
// an error to report, not a wrong number.
std::optional<qint64> parseMicros(QStringView decimal);

// micros → "12.34": at least two decimals, more only when the amount has them ("0.123456").
QString formatMicros(qint64 micros);

// amountMicros / count as a decimal string with two decimals, rounded half away from zero
// (cost per lead, cost per click). countMilli is the count in thousandths (leads may be
// fractional with Google's data-driven attribution); nullopt when it is 0.
std::optional<QString> divideToCents(qint64 amountMicros, qint64 countMilli);

// Lead counts in thousandths, the same way: "3" → 3000, "2.5" → 2500.
std::optional<qint64> parseMilli(QStringView decimal);

} // namespace kp::money
