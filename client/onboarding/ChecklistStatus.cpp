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
        status.lastError = Error {text(error, "code"), text(error, "message"),
                                  SheetProblem::listFromJson(error.value(QLatin1String("problems")).toArray())};
    }
    return status;
}

} // namespace kp::client
