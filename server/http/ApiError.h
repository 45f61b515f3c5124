#pragma once

#include "shared/ErrorCode.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <stdexcept>

namespace kp::server {

// Thrown anywhere below a route to answer with API.md's error shape. The router is the one
// place that turns it (and any other exception) into a response.
class ApiError : public std::runtime_error {
public:
    ApiError(ErrorCode code, QString message, QMap<QString, QString> fields = {});

    static ApiError validation(QMap<QString, QString> fields);
    static ApiError rateLimited(int retryAfterSeconds);

    ErrorCode code() const { return m_code; }
    int status() const { return httpStatus(m_code); }
    const QString &message() const { return m_message; }
    const QMap<QString, QString> &fields() const { return m_fields; }
    int retryAfterSeconds() const { return m_retryAfter; }

    // Extra members of the error object beyond code/message/fields (e.g. a rejection reason).
    ApiError &withDetail(const QString &key, const QJsonValue &value);

    QJsonObject toJson() const;

private:
    ErrorCode m_code;
    QString m_message;
    QMap<QString, QString> m_fields;
    QJsonObject m_details;
    int m_retryAfter = 0;
};

} // namespace kp::server
