#include "client/onboarding/ChecklistStatus.h"

#include "shared/Account.h"

#include <QJsonArray>

namespace kp::client {

std::optional<ChecklistStatus> ChecklistStatus::fromJson(const QJsonObject &json)
{
    if (!json.contains(QLatin1String("version")))
        return std::nullopt;
    const auto text
        = [](const QJsonObject &object, const char *key) { return object.value(QLatin1String(key)).toString(); };
    ChecklistStatus status;
    status.source = text(json, "source");
    status.version = json.value(QLatin1String("version")).toInt();
    status.publishedAt = fromApiInstant(text(json, "published_at"));
    status.lastReadAt = fromApiInstant(text(json, "last_read_at"));
    status.sheet = text(json, "sheet");
    status.outcome = text(json, "outcome");
    const auto error = json.value(QLatin1String("last_error")).toObject();
    if (!error.isEmpty()) {
        Error lastError {text(error, "code"), text(error, "message"), {}};
        for (const auto &value : error.value(QLatin1String("problems")).toArray()) {
            const auto problem = value.toObject();
            lastError.problems.append({text(problem, "code"), problem.value(QLatin1String("row")).toInt(),
                                       text(problem, "column"), text(problem, "value")});
        }
        status.lastError = lastError;
    }
    return status;
}

} // namespace kp::client
