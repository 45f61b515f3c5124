#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// The project's openapi.json, used as an oracle: every answer a test receives must be a
// documented status of the matched operation, and its JSON body must fit the documented schema
// (types, required members, no undocumented members). This is what outside validators replaying
// traffic will do, so the tests do it on every call.
class OpenApiContract {
public:
    static const OpenApiContract &instance();

    // Problems with one exchange; empty when it matches the contract. `headerNames` (lower
    // case), when the caller has them, must include every header the matched response
    // documents (ETag, Retry-After).
    QStringList check(const QString &method, const QString &path, int status, const QByteArray &body,
                      const QString &contentType, const std::optional<QSet<QString>> &headerNames = {}) const;

    // "GET /api/v1/me" for every operation in the file.
    QStringList operations() const;

private:
    OpenApiContract();
    QString templateFor(const QString &path) const;
    QJsonObject resolve(const QJsonObject &schema) const;
    void validate(const QJsonValue &value, const QJsonObject &schema, const QString &where,
                  QStringList &problems) const;

    QJsonObject m_document;
};
