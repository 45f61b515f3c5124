#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>

#include <limits>
#include <optional>

namespace kp::server {

// A field of a PATCH body, where leaving a field out and sending null mean different things:
// absent = keep the stored value, null = clear it, a value = set it.
template <typename T> struct NullableField {
    bool present = false;   // the key was in the body
    std::optional<T> value; // empty with `present`: an explicit null
    bool isAbsent() const { return !present; }
    bool isNull() const { return present && !value; }
};

// Reads a JSON request object field by field and collects every problem, so one answer names
// all of them. Fields nobody asked for are reported as "unexpected" by finish(): a typo in a
// field name must not be silently ignored. Problems are the words of validation::problem:
// "required", "invalid_type" (a string where a number belongs, a fraction for an integer),
// "invalid" (an integer out of its range).
//
//   JsonFields body(context.json());
//   auto email = body.requiredString("email");
//   auto phone = body.optionalString("phone");
//   auto count = body.optionalInteger("count", 1, 100);
//   auto company = body.nullableString("company");   // PATCH: absent, null or a value
//   body.finish();   // throws DomainError(validation_failed) listing every problem
class JsonFields {
public:
    explicit JsonFields(QJsonObject object);

    QString requiredString(const QString &key);
    std::optional<QString> optionalString(const QString &key); // absent or null → nullopt
    NullableField<QString> nullableString(const QString &key);

    bool requiredBool(const QString &key);
    std::optional<bool> optionalBool(const QString &key);

    // Whole numbers within [min, max] (JSON numbers are doubles: at most 2^53 exactly).
    qint64 requiredInteger(const QString &key, qint64 min = std::numeric_limits<int>::min(),
                           qint64 max = std::numeric_limits<int>::max());
    std::optional<qint64> optionalInteger(const QString &key, qint64 min = std::numeric_limits<int>::min(),
                                          qint64 max = std::numeric_limits<int>::max());

    // Finite numbers within [min, max], fractions allowed (seconds of a video, say).
    double requiredNumber(const QString &key, double min, double max);
    std::optional<double> optionalNumber(const QString &key, double min, double max);

    // Trimmed text; a required one must not be blank, and none may exceed `maxLength`
    // ("required", "too_long"). Absent or null: empty.
    QString boundedString(const QString &key, int maxLength, bool required);

    QJsonArray requiredArray(const QString &key);
    std::optional<QJsonArray> optionalArray(const QString &key);
    QJsonObject requiredObject(const QString &key);
    std::optional<QJsonObject> optionalObject(const QString &key);

    // Lets a caller add the result of its own checks to the same answer.
    void addProblem(const QString &key, const QString &problem);

    void finish();

private:
    // The value under `key`, marked as read; Undefined for absent and for null.
    QJsonValue take(const QString &key);
    // `value` if present, else "required" noted; for the required* readers.
    template <typename T> T require(const QString &key, std::optional<T> value);

    QJsonObject m_object;
    QSet<QString> m_read;
    QMap<QString, QString> m_problems;
};

} // namespace kp::server
