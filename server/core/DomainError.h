#pragma once

#include "shared/ErrorCode.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <stdexcept>

namespace kp::server {

// What a service, store or job throws when a rule of the domain says no: a machine code from the
// shared ErrorCode list, a message, and for validation the problem of each field. It knows
// nothing of HTTP, so jobs and the command line can call the same services; the router is the
// one place that turns it into a status and API.md's error shape (httpStatus(ErrorCode)).
class DomainError : public std::runtime_error {
public:
    DomainError(ErrorCode code, QString message, QMap<QString, QString> fields = {});

    static DomainError validation(QMap<QString, QString> fields);
    static DomainError rateLimited(int retryAfterSeconds);
    // With a message of the feature's own, e.g. saying when to try again.
    static DomainError rateLimited(int retryAfterSeconds, const QString &message);
    // 503 with Retry-After: the server is busy with this kind of request, not broken.
    static DomainError busy(const QString &message, int retryAfterSeconds);

    ErrorCode code() const { return m_code; }
    const QString &message() const { return m_message; }
    const QMap<QString, QString> &fields() const { return m_fields; }
    int retryAfterSeconds() const { return m_retryAfter; }

    // Extra members of the error object beyond code/message/fields (e.g. a rejection reason).
    DomainError &withDetail(const QString &key, const QJsonValue &value);

    // API.md's error object: {"error": {code, message, fields?, …details}}.
    QJsonObject toJson() const;

private:
    ErrorCode m_code;
    QString m_message;
    QMap<QString, QString> m_fields;
    QJsonObject m_details;
    int m_retryAfter = 0;
};

} // namespace kp::server
