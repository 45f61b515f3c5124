#pragma once

#include <QDateTime>
#include <QString>

// Dates and times as people of the current locale write them, with four-digit years
// ("24.11.2026 14:05" in German, "11/24/2026 2:05 PM" in English), in local time.
namespace kp::client::format {

QString date(const QDate &date);
QString dateTime(const QDateTime &instant);
// A length of time as a player shows it: "3:20", "1:05:09" from an hour on (seconds rounded down).
QString duration(double seconds);

} // namespace kp::client::format
