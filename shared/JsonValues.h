#pragma once

#include "shared/Account.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// The small conversions every shared type's JSON mapping needs (API.md: absent values are null).
namespace kp::json {

inline QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

inline QJsonValue instantOrNull(const QDateTime &instant)
{
    return instant.isValid() ? QJsonValue(toApiInstant(instant)) : QJsonValue(QJsonValue::Null);
}

// A string field, empty when absent, null or not a string.
inline QString text(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

} // namespace kp::json
