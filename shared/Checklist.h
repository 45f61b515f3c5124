#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kp {

// What an item asks for; its answer's JSON type follows from it (see ChecklistValidation.h).
enum class ChecklistItemType { Checkbox, Text, Url, Choice, Date, File };

QString checklistItemTypeName(ChecklistItemType type);
std::optional<ChecklistItemType> checklistItemTypeFromName(const QString &name);

// Who ticks an item off: the customer answers theirs; the agency's own items ("erledigt die
// Agentur") are shown to the customer with their state and ticked by an admin.
enum class ChecklistOwner { Customer, Agency };

QString checklistOwnerName(ChecklistOwner owner);
std::optional<ChecklistOwner> checklistOwnerFromName(const QString &name);

// One row of the agency's sheet (DESIGN.md "The checklist sheet"). `id` is the sheet's item_id:
// stable across edits, so answers are keyed by it.
struct ChecklistItem {
    QString id;
    QString label;
    QString help;
    ChecklistItemType type = ChecklistItemType::Checkbox;
    bool required = false;
    QStringList options; // choice only
    QString stage;       // the roadmap stage the item belongs to, or empty
    ChecklistOwner owner = ChecklistOwner::Customer;

    bool answeredByCustomer() const { return owner == ChecklistOwner::Customer; }

    QJsonObject toJson() const;
    static std::optional<ChecklistItem> fromJson(const QJsonObject &json);
};

struct ChecklistSection {
    QString id; // derived from the title, stable while the title stays
    QString title;
    QList<ChecklistItem> items;

    QJsonObject toJson() const;
    static std::optional<ChecklistSection> fromJson(const QJsonObject &json);
};

// A published checklist (API.md GET /api/v1/checklist: `version` and `sections`). Version 0 is
// "nothing published yet".
struct Checklist {
    int version = 0;
    QList<ChecklistSection> sections;

    // The item with this id, or nullptr.
    const ChecklistItem *item(const QString &id) const;
    QList<ChecklistItem> items() const;

    // {version, sections}; the definition alone (for hashing and storing) leaves version out.
    QJsonObject toJson() const;
    QJsonObject definitionJson() const;
    static std::optional<Checklist> fromJson(const QJsonObject &json);

    bool operator==(const Checklist &other) const { return definitionJson() == other.definitionJson(); }
};

} // namespace kp
