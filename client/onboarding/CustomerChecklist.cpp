#include "client/onboarding/CustomerChecklist.h"

#include "shared/Account.h"

#include <QJsonArray>

namespace kp::client {

std::optional<ChecklistFile> ChecklistFile::fromJson(const QJsonObject &json)
{
    ChecklistFile file;
    file.value = json.value(QLatin1String("value")).toString();
    file.name = json.value(QLatin1String("name")).toString();
    file.size = json.value(QLatin1String("size")).toInteger();
    file.contentType = json.value(QLatin1String("content_type")).toString();
    if (file.value.isEmpty() || file.size <= 0)
        return std::nullopt;
    return file;
}

std::optional<CustomerChecklist> CustomerChecklist::fromJson(const QJsonObject &json)
{
    auto checklist = Checklist::fromJson(json);
    if (!checklist || !json.value(QLatin1String("answers")).isObject())
        return std::nullopt;
    CustomerChecklist result;
    result.checklist = *checklist;
    result.answers = json.value(QLatin1String("answers")).toObject();
    const auto files = json.value(QLatin1String("files")).toObject();
    for (auto it = files.begin(); it != files.end(); ++it) {
        if (auto file = ChecklistFile::fromJson(it.value().toObject()))
            result.files.insert(it.key(), *file);
    }
    result.complete = json.value(QLatin1String("complete")).toBool();
    result.completedAt = fromApiInstant(json.value(QLatin1String("completed_at")).toString());
    for (const auto &id : json.value(QLatin1String("new_item_ids")).toArray())
        result.newItemIds.append(id.toString());
    const auto progress = json.value(QLatin1String("progress")).toObject();
    const auto count = [&progress](const char *key) { return progress.value(QLatin1String(key)).toInt(); };
    result.progress = {count("answered"),       count("total"),       count("required_answered"),
                       count("required_total"), count("agency_done"), count("agency_total")};
    return result;
}

AccountOnboarding CustomerChecklist::accountOnboarding() const
{
    AccountOnboarding onboarding;
    applyTo(onboarding);
    return onboarding;
}

void CustomerChecklist::applyTo(AccountOnboarding &onboarding) const
{
    onboarding.checklistComplete = complete;
    onboarding.checklistCompletedAt = complete ? completedAt : QDateTime();
    onboarding.requiredAnswered = progress.requiredAnswered;
    onboarding.requiredTotal = progress.requiredTotal;
}

} // namespace kp::client
