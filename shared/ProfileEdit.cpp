#include "shared/ProfileEdit.h"

namespace kp {

QJsonObject ProfileEdit::toJson() const
{
    QJsonObject body;
    const auto put = [&body](const char *key, const std::optional<QString> &value, bool emptyIsNull) {
        if (!value)
            return;
        body.insert(QLatin1String(key),
                    emptyIsNull && value->trimmed().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(*value));
    };
    put("name", name, false);
    put("company", company, false);
    put("username", username, true);
    put("email", email, false);
    put("phone", phone, true);
    return body;
}

} // namespace kp
