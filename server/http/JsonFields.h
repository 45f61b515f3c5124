#pragma once

#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

namespace kp::server {

// Reads a JSON request object field by field and collects every problem, so one answer names
// all of them. Fields nobody asked for are reported as "unexpected" by finish(): a typo in a
// field name must not be silently ignored.
//
//   JsonFields body(context.json());
//   auto email = body.requiredString("email");
//   auto phone = body.optionalString("phone");
//   body.finish();   // throws ApiError(validation_failed) listing every problem
class JsonFields {
public:
    explicit JsonFields(QJsonObject object);

    QString requiredString(const QString &key);
    std::optional<QString> optionalString(const QString &key); // absent or null → nullopt

    // Lets a caller add the result of its own checks to the same answer.
    void addProblem(const QString &key, const QString &problem);

    void finish();

private:
    QJsonObject m_object;
    QSet<QString> m_read;
    QMap<QString, QString> m_problems;
};

} // namespace kp::server
