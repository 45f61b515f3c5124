#include "server/http/JsonFields.h"

#include "server/core/DomainError.h"
#include "shared/Validation.h"

#include <cmath>

namespace kp::server {

namespace problem = validation::problem;

JsonFields::JsonFields(QJsonObject object)
    : m_object(std::move(object))
{
}

QJsonValue JsonFields::take(const QString &key)
{
    m_read.insert(key);
    const auto value = m_object.value(key);
    return value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
}

template <typename T> T JsonFields::require(const QString &key, std::optional<T> value)
{
    if (!value && !m_problems.contains(key))
        m_problems.insert(key, problem::required);
    return value.value_or(T());
}

QString JsonFields::requiredString(const QString &key)
{
    return require(key, optionalString(key));
}

std::optional<QString> JsonFields::optionalString(const QString &key)
{
    const auto value = take(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isString()) {
        addProblem(key, problem::invalidType);
        return std::nullopt;
    }
    return value.toString();
}

NullableField<QString> JsonFields::nullableString(const QString &key)
{
    NullableField<QString> field;
    field.present = m_object.contains(key);
    field.value = optionalString(key);
    return field;
}

bool JsonFields::requiredBool(const QString &key)
{
    return require(key, optionalBool(key));
}

std::optional<bool> JsonFields::optionalBool(const QString &key)
{
    const auto value = take(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isBool()) {
        addProblem(key, problem::invalidType);
        return std::nullopt;
    }
    return value.toBool();
}

qint64 JsonFields::requiredInteger(const QString &key, qint64 min, qint64 max)
{
    return require(key, optionalInteger(key, min, max));
}

std::optional<qint64> JsonFields::optionalInteger(const QString &key, qint64 min, qint64 max)
{
    const auto value = take(key);
    if (value.isUndefined())
        return std::nullopt;
    const double number = value.toDouble();
    // ±2^53: beyond, doubles skip whole numbers and the cast below would be undefined.
    constexpr double exact = 9007199254740992.0;
    if (!value.isDouble() || std::trunc(number) != number || std::abs(number) > exact) {
        addProblem(key, problem::invalidType);
        return std::nullopt;
    }
    const auto integer = qint64(number);
    if (integer < min || integer > max) {
        addProblem(key, problem::invalid);
        return std::nullopt;
    }
    return integer;
}

double JsonFields::requiredNumber(const QString &key, double min, double max)
{
    return require(key, optionalNumber(key, min, max));
}

std::optional<double> JsonFields::optionalNumber(const QString &key, double min, double max)
{
    const auto value = take(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isDouble()) {
        addProblem(key, problem::invalidType);
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number) || number < min || number > max) {
        addProblem(key, problem::invalid);
        return std::nullopt;
    }
    return number;
}

QString JsonFields::boundedString(const QString &key, int maxLength, bool required)
{
    auto value = (required ? requiredString(key) : optionalString(key).value_or(QString())).trimmed();
    if (required && value.isEmpty())
        addProblem(key, problem::required);
    else if (value.size() > maxLength)
        addProblem(key, problem::tooLong);
    return value;
}

QJsonArray JsonFields::requiredArray(const QString &key)
{
    return require(key, optionalArray(key));
}

std::optional<QJsonArray> JsonFields::optionalArray(const QString &key)
{
    const auto value = take(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isArray()) {
        addProblem(key, problem::invalidType);
        return std::nullopt;
    }
    return value.toArray();
}

QJsonObject JsonFields::requiredObject(const QString &key)
{
    return require(key, optionalObject(key));
}

std::optional<QJsonObject> JsonFields::optionalObject(const QString &key)
{
    const auto value = take(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isObject()) {
        addProblem(key, problem::invalidType);
        return std::nullopt;
    }
    return value.toObject();
}

void JsonFields::addProblem(const QString &key, const QString &problem)
{
    if (!m_problems.contains(key))
        m_problems.insert(key, problem);
}

void JsonFields::finish()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_read.contains(it.key()))
            m_problems.insert(it.key().left(64), problem::unexpected);
    }
    if (!m_problems.isEmpty())
        throw DomainError::validation(m_problems);
}

} // namespace kp::server
