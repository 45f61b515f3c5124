#include "shared/Checklist.h"
#include "shared/JsonValues.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace kp {
using json::text;

namespace {

const std::array<std::pair<ChecklistItemType, const char *>, 6> kTypeNames {{
    {ChecklistItemType::Checkbox, "checkbox"},
    {ChecklistItemType::Text, "text"},
    {ChecklistItemType::Url, "url"},
    {ChecklistItemType::Choice, "choice"},
    {ChecklistItemType::Date, "date"},
    {ChecklistItemType::File, "file"},
}};

} // namespace

QString checklistItemTypeName(ChecklistItemType type)
{
    for (const auto &[value, name] : kTypeNames) {
        if (value == type)
            return QLatin1String(name);
    }
    return {};
}

std::optional<ChecklistItemType> checklistItemTypeFromName(const QString &name)
{
    for (const auto &[value, typeName] : kTypeNames) {
        if (name == QLatin1String(typeName))
            return value;
    }
    return std::nullopt;
}

QString checklistOwnerName(ChecklistOwner owner)
{
    return owner == ChecklistOwner::Agency ? QStringLiteral("agency") : QStringLiteral("customer");
}

std::optional<ChecklistOwner> checklistOwnerFromName(const QString &name)
{
    if (name == QLatin1String("agency"))
        return ChecklistOwner::Agency;
    if (name == QLatin1String("customer"))
        return ChecklistOwner::Customer;
    return std::nullopt;
}

QJsonObject ChecklistItem::toJson() const
{
    QJsonObject json {
        {QStringLiteral("id"), id},
        {QStringLiteral("label"), label},
        {QStringLiteral("help"), help},
        {QStringLiteral("type"), checklistItemTypeName(type)},
        {QStringLiteral("required"), required},
        {QStringLiteral("owner"), checklistOwnerName(owner)},
    };
    if (type == ChecklistItemType::Choice)
        json.insert(QStringLiteral("options"), QJsonArray::fromStringList(options));
    if (!stage.isEmpty())
        json.insert(QStringLiteral("stage"), stage);
    return json;
}

std::optional<ChecklistItem> ChecklistItem::fromJson(const QJsonObject &json)
{
    const auto type = checklistItemTypeFromName(text(json, "type"));
    const auto owner = checklistOwnerFromName(json.value(QLatin1String("owner")).toString(QStringLiteral("customer")));
    ChecklistItem item;
    item.id = text(json, "id");
    if (!type || !owner || item.id.isEmpty())
        return std::nullopt;
    item.type = *type;
    item.owner = *owner;
    item.label = text(json, "label");
    item.help = text(json, "help");
    item.required = json.value(QLatin1String("required")).toBool();
    for (const auto &option : json.value(QLatin1String("options")).toArray())
        item.options.append(option.toString());
    item.stage = text(json, "stage");
    return item;
}

QJsonObject ChecklistSection::toJson() const
{
    QJsonArray itemsJson;
    for (const auto &item : items)
        itemsJson.append(item.toJson());
    return {{QStringLiteral("id"), id}, {QStringLiteral("title"), title}, {QStringLiteral("items"), itemsJson}};
}

std::optional<ChecklistSection> ChecklistSection::fromJson(const QJsonObject &json)
{
    ChecklistSection section;
    section.id = text(json, "id");
    section.title = text(json, "title");
    for (const auto &itemJson : json.value(QLatin1String("items")).toArray()) {
        auto item = ChecklistItem::fromJson(itemJson.toObject());
        if (!item)
            return std::nullopt;
        section.items.append(std::move(*item));
    }
    return section;
}

const ChecklistItem *Checklist::item(const QString &id) const
{
    for (const auto &section : sections) {
        for (const auto &candidate : section.items) {
            if (candidate.id == id)
                return &candidate;
        }
    }
    return nullptr;
}

QList<ChecklistItem> Checklist::items() const
{
    QList<ChecklistItem> all;
    for (const auto &section : sections)
        all.append(section.items);
    return all;
}

QJsonObject Checklist::definitionJson() const
{
    QJsonArray sectionsJson;
    for (const auto &section : sections)
        sectionsJson.append(section.toJson());
    return {{QStringLiteral("sections"), sectionsJson}};
}

QJsonObject Checklist::toJson() const
{
    auto json = definitionJson();
    json.insert(QStringLiteral("version"), version);
    return json;
}

std::optional<Checklist> Checklist::fromJson(const QJsonObject &json)
{
    Checklist checklist;
    checklist.version = json.value(QLatin1String("version")).toInt();
    for (const auto &sectionJson : json.value(QLatin1String("sections")).toArray()) {
        auto section = ChecklistSection::fromJson(sectionJson.toObject());
        if (!section)
            return std::nullopt;
        checklist.sections.append(std::move(*section));
    }
    return checklist;
}

} // namespace kp
