#include "server/http/JsonFields.h"

#include "server/http/ApiError.h"
#include "shared/Validation.h"

namespace kp::server {

namespace problem = validation::problem;

JsonFields::JsonFields(QJsonObject object)
    : m_object(std::move(object))
{
}

QString JsonFields::requiredString(const QString &key)
{
    const auto value = optionalString(key);
    if (!value && !m_problems.contains(key))
        m_problems.insert(key, problem::required);
    return value.value_or(QString());
}

std::optional<QString> JsonFields::optionalString(const QString &key)
{
    m_read.insert(key);
    const auto value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString()) {
        m_problems.insert(key, problem::invalidType);
        return std::nullopt;
    }
    return value.toString();
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
        throw ApiError::validation(m_problems);
}

} // namespace kp::server
