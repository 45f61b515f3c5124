#include "server/core/DomainError.h"

namespace kp::server {

DomainError::DomainError(ErrorCode code, QString message, QMap<QString, QString> fields)
    : std::runtime_error(message.toStdString())
    , m_code(code)
    , m_message(std::move(message))
    , m_fields(std::move(fields))
{
}

DomainError DomainError::validation(QMap<QString, QString> fields)
{
    return DomainError(ErrorCode::ValidationFailed, QStringLiteral("Some fields are missing or invalid."),
                       std::move(fields));
}

DomainError DomainError::rateLimited(int retryAfterSeconds)
{
    return rateLimited(retryAfterSeconds, QStringLiteral("Too many attempts. Try again later."));
}

DomainError DomainError::rateLimited(int retryAfterSeconds, const QString &message)
{
    DomainError error(ErrorCode::RateLimited, message);
    error.m_retryAfter = std::max(1, retryAfterSeconds);
    error.m_details.insert(QStringLiteral("retry_after"), error.m_retryAfter);
    return error;
}

DomainError DomainError::busy(const QString &message, int retryAfterSeconds)
{
    DomainError error(ErrorCode::Unavailable, message);
    error.m_retryAfter = std::max(1, retryAfterSeconds);
    error.m_details.insert(QStringLiteral("retry_after"), error.m_retryAfter);
    return error;
}

DomainError &DomainError::withDetail(const QString &key, const QJsonValue &value)
{
    m_details.insert(key, value);
    return *this;
}

QJsonObject DomainError::toJson() const
{
    QJsonObject error = m_details;
    error.insert(QStringLiteral("code"), errorCodeName(m_code));
    error.insert(QStringLiteral("message"), m_message);
    if (!m_fields.isEmpty()) {
        QJsonObject fields;
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
            fields.insert(it.key(), it.value());
        error.insert(QStringLiteral("fields"), fields);
    }
    return QJsonObject {{QStringLiteral("error"), error}};
}

} // namespace kp::server
