#include "shared/Roadmap.h"

#include "shared/JsonValues.h"

#include <QJsonArray>

namespace kp {

using json::instantOrNull;
using json::stringOrNull;
using json::text;

namespace {

QJsonArray idsJson(const QStringList &ids)
{
    QJsonArray array;
    for (const auto &id : ids)
        array.append(id);
    return array;
}

QStringList idsFromJson(const QJsonObject &json, const char *key)
{
    QStringList ids;
    for (const auto &id : json.value(QLatin1String(key)).toArray()) {
        if (id.isString())
            ids.append(id.toString());
    }
    return ids;
}

template <typename T> QJsonArray listJson(const QList<T> &items)
{
    QJsonArray array;
    for (const auto &item : items)
        array.append(item.toJson());
    return array;
}

template <typename T> QList<T> listFromJson(const QJsonObject &json, const char *key)
{
    QList<T> items;
    for (const auto &value : json.value(QLatin1String(key)).toArray()) {
        if (auto item = T::fromJson(value.toObject()))
            items.append(*item);
    }
    return items;
}

// Adds `extra`'s keys to `json`.
QJsonObject merged(QJsonObject json, const QJsonObject &extra)
{
    for (auto it = extra.begin(); it != extra.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

// Every content answer's head: {id, status, updated_at, published_at}.
template <typename T> QJsonObject stateJson(const T &content)
{
    return {
        {QStringLiteral("id"), content.id},
        {QStringLiteral("status"), content.status},
        {QStringLiteral("updated_at"), instantOrNull(content.updatedAt)},
        {QStringLiteral("published_at"), instantOrNull(content.publishedAt)},
    };
}

// False without an id or status.
template <typename T> bool readState(T &content, const QJsonObject &json)
{
    content.id = json::text(json, "id");
    content.status = json::text(json, "status");
    content.updatedAt = fromApiInstant(json::text(json, "updated_at"));
    content.publishedAt = fromApiInstant(json::text(json, "published_at"));
    return !content.id.isEmpty() && !content.status.isEmpty();
}

} // namespace

QJsonObject RoadmapStage::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), title},
        {QStringLiteral("description"), description},
        {QStringLiteral("status"), status},
        {QStringLiteral("completed_at"), instantOrNull(completedAt)},
        {QStringLiteral("actor"), actor},
        {QStringLiteral("now_text"), nowText},
    };
}

std::optional<RoadmapStage> RoadmapStage::fromJson(const QJsonObject &json)
{
    RoadmapStage stage;
    stage.id = text(json, "id");
    stage.status = text(json, "status");
    if (stage.id.isEmpty() || stage.status.isEmpty())
        return std::nullopt;
    stage.title = text(json, "title");
    stage.description = text(json, "description");
    stage.completedAt = fromApiInstant(text(json, "completed_at"));
    stage.actor = text(json, "actor");
    stage.nowText = text(json, "now_text");
    return stage;
}

QJsonObject RoadmapUpsell::toJson() const
{
    return {
        {QStringLiteral("id"), id},   {QStringLiteral("title"), title},           {QStringLiteral("text"), text},
        {QStringLiteral("cta"), cta}, {QStringLiteral("url"), stringOrNull(url)},
    };
}

std::optional<RoadmapUpsell> RoadmapUpsell::fromJson(const QJsonObject &json)
{
    RoadmapUpsell upsell;
    upsell.id = json::text(json, "id");
    if (upsell.id.isEmpty())
        return std::nullopt;
    upsell.title = json::text(json, "title");
    upsell.text = json::text(json, "text");
    upsell.cta = json::text(json, "cta");
    upsell.url = json::text(json, "url");
    return upsell;
}

QJsonObject Roadmap::toJson() const
{
    return {{QStringLiteral("stages"), listJson(stages)}, {QStringLiteral("upsells"), listJson(upsells)}};
}

Roadmap Roadmap::fromJson(const QJsonObject &json)
{
    return {listFromJson<RoadmapStage>(json, "stages"), listFromJson<RoadmapUpsell>(json, "upsells")};
}

QJsonObject AdminRoadmapStage::toJson() const
{
    return merged(stage.toJson(),
                  {
                      {QStringLiteral("completes_by"), completesBy},
                      {QStringLiteral("source"), stringOrNull(source)},
                      {QStringLiteral("by"), stringOrNull(by)},
                  });
}

std::optional<AdminRoadmapStage> AdminRoadmapStage::fromJson(const QJsonObject &json)
{
    auto stage = RoadmapStage::fromJson(json);
    if (!stage)
        return std::nullopt;
    return AdminRoadmapStage {*stage, text(json, "completes_by"), text(json, "source"), text(json, "by")};
}

QJsonObject AdminRoadmapUpsell::toJson() const
{
    return merged(upsell.toJson(),
                  {
                      {QStringLiteral("stage_ids"), idsJson(stageIds)},
                      {QStringLiteral("shown"), shown},
                      {QStringLiteral("dismissed_at"), instantOrNull(dismissedAt)},
                      {QStringLiteral("interested_at"), instantOrNull(interestedAt)},
                  });
}

std::optional<AdminRoadmapUpsell> AdminRoadmapUpsell::fromJson(const QJsonObject &json)
{
    auto upsell = RoadmapUpsell::fromJson(json);
    if (!upsell)
        return std::nullopt;
    return AdminRoadmapUpsell {*upsell, idsFromJson(json, "stage_ids"), json.value(QLatin1String("shown")).toBool(),
                               fromApiInstant(text(json, "dismissed_at")), fromApiInstant(text(json, "interested_at"))};
}

QJsonObject AdminRoadmap::toJson() const
{
    return {
        {QStringLiteral("account_id"), accountId},
        {QStringLiteral("stages"), listJson(stages)},
        {QStringLiteral("upsells"), listJson(upsells)},
    };
}

AdminRoadmap AdminRoadmap::fromJson(const QJsonObject &json)
{
    return {text(json, "account_id"), listFromJson<AdminRoadmapStage>(json, "stages"),
            listFromJson<AdminRoadmapUpsell>(json, "upsells")};
}

QJsonObject StageMark::toJson() const
{
    QJsonObject json {{QStringLiteral("done"), done}};
    if (done && completedOn.isValid())
        json.insert(QStringLiteral("completed_on"), completedOn.toString(Qt::ISODate));
    return json;
}

QJsonObject StageContent::toJson() const
{
    return merged(stateJson(*this),
                  {
                      {QStringLiteral("title"), title},
                      {QStringLiteral("description"), description},
                      {QStringLiteral("position"), position},
                      {QStringLiteral("actor"), actor},
                      {QStringLiteral("now_text"), nowText},
                      {QStringLiteral("completes_by"), completesBy},
                      {QStringLiteral("item_ids"), idsJson(itemIds)},
                  });
}

std::optional<StageContent> StageContent::fromJson(const QJsonObject &json)
{
    StageContent stage;
    if (!readState(stage, json))
        return std::nullopt;
    stage.title = text(json, "title");
    stage.description = text(json, "description");
    stage.position = json.value(QLatin1String("position")).toInt();
    stage.actor = text(json, "actor");
    stage.nowText = text(json, "now_text");
    stage.completesBy = text(json, "completes_by");
    stage.itemIds = idsFromJson(json, "item_ids");
    return stage;
}

QJsonObject UpsellContent::toJson() const
{
    return merged(stateJson(*this),
                  {
                      {QStringLiteral("title"), title},
                      {QStringLiteral("text"), text},
                      {QStringLiteral("cta"), cta},
                      {QStringLiteral("url"), stringOrNull(url)},
                      {QStringLiteral("stage_ids"), idsJson(stageIds)},
                  });
}

std::optional<UpsellContent> UpsellContent::fromJson(const QJsonObject &json)
{
    UpsellContent upsell;
    if (!readState(upsell, json))
        return std::nullopt;
    upsell.title = json::text(json, "title");
    upsell.text = json::text(json, "text");
    upsell.cta = json::text(json, "cta");
    upsell.url = json::text(json, "url");
    upsell.stageIds = idsFromJson(json, "stage_ids");
    return upsell;
}

} // namespace kp
