#include "client/roadmap/RoadmapApi.h"

#include <QJsonArray>
#include <QUuid>

namespace kp::client {
namespace {

const QString kContent = QStringLiteral("/api/v1/admin/content/");
const QString kStages = QStringLiteral("stages");
const QString kUpsells = QStringLiteral("upsells");

// `{items: [...]}` whose every item decodes: a list silently shorter than the server's would
// hide a stage from the agency.
template <typename T> std::optional<RoadmapContentList<T>> contentList(const ApiResponse &response)
{
    const auto items = response.json().value(QLatin1String("items"));
    if (!items.isArray())
        return std::nullopt;
    RoadmapContentList<T> list;
    list.offlineAsOf = response.offlineAsOf;
    for (const auto &item : items.toArray()) {
        auto decoded = T::fromJson(item.toObject());
        if (!decoded)
            return std::nullopt;
        list.items.append(*decoded);
    }
    return list;
}

// The answers whose type never fails to read: an answer without `stages` is not one of them.
template <typename T> std::optional<T> withStages(const ApiResponse &response)
{
    if (!response.json().value(QLatin1String("stages")).isArray())
        return std::nullopt;
    return T::fromJson(response.json());
}

} // namespace

QString RoadmapApi::dismissPath(const QString &upsellId)
{
    return QStringLiteral("/api/v1/upsells/") + ApiClient::pathSegment(upsellId) + QStringLiteral("/dismiss");
}

QString RoadmapApi::interestPath(const QString &upsellId)
{
    return QStringLiteral("/api/v1/upsells/") + ApiClient::pathSegment(upsellId) + QStringLiteral("/interest");
}

QString RoadmapApi::contentPath(const QString &kind, const QString &id)
{
    return id.isEmpty() ? kContent + kind : kContent + kind + QLatin1Char('/') + ApiClient::pathSegment(id);
}

QString RoadmapApi::customerPath(const QString &accountId)
{
    return QStringLiteral("/api/v1/admin/accounts/") + ApiClient::pathSegment(accountId) + QStringLiteral("/roadmap");
}

QString RoadmapApi::stagePath(const QString &accountId, const QString &stageId)
{
    return QStringLiteral("/api/v1/admin/accounts/") + ApiClient::pathSegment(accountId) + QStringLiteral("/stages/")
        + ApiClient::pathSegment(stageId);
}

QJsonObject RoadmapApi::stageBody(const StageContent &stage)
{
    return {{QStringLiteral("title"), stage.title},
            {QStringLiteral("description"), stage.description},
            {QStringLiteral("position"), stage.position},
            {QStringLiteral("actor"), stage.actor},
            {QStringLiteral("now_text"), stage.nowText},
            {QStringLiteral("completes_by"), stage.completesBy},
            {QStringLiteral("item_ids"), QJsonArray::fromStringList(stage.itemIds)}};
}

QJsonObject RoadmapApi::upsellBody(const UpsellContent &upsell)
{
    return {{QStringLiteral("title"), upsell.title},
            {QStringLiteral("text"), upsell.text},
            {QStringLiteral("cta"), upsell.cta},
            {QStringLiteral("url"), upsell.url.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(upsell.url)},
            {QStringLiteral("stage_ids"), QJsonArray::fromStringList(upsell.stageIds)}};
}

Reply<Roadmap> RoadmapApi::roadmap()
{
    return {m_api.get(path()), withStages<Roadmap>};
}

Reply<NoContent> RoadmapApi::dismiss(const QString &upsellId, const QByteArray &idempotencyKey)
{
    RequestOptions options;
    options.idempotencyKey = idempotencyKey;
    return {m_api.post(dismissPath(upsellId), {}, options), decode::nothing};
}

Reply<NoContent> RoadmapApi::interest(const QString &upsellId, const QByteArray &idempotencyKey)
{
    RequestOptions options;
    options.idempotencyKey = idempotencyKey;
    return {m_api.post(interestPath(upsellId), {}, options), decode::nothing};
}

Reply<RoadmapContentList<StageContent>> RoadmapApi::stages()
{
    return {m_api.get(contentPath(kStages)), contentList<StageContent>};
}

Reply<StageContent> RoadmapApi::saveStage(const StageContent &stage)
{
    const auto body = stageBody(stage);
    return {stage.id.isEmpty() ? m_api.post(contentPath(kStages), body)
                               : m_api.put(contentPath(kStages, stage.id), body),
            decode::object<&StageContent::fromJson>};
}

Reply<RoadmapContentList<UpsellContent>> RoadmapApi::upsells()
{
    return {m_api.get(contentPath(kUpsells)), contentList<UpsellContent>};
}

Reply<UpsellContent> RoadmapApi::saveUpsell(const UpsellContent &upsell)
{
    const auto body = upsellBody(upsell);
    return {upsell.id.isEmpty() ? m_api.post(contentPath(kUpsells), body)
                                : m_api.put(contentPath(kUpsells, upsell.id), body),
            decode::object<&UpsellContent::fromJson>};
}

Reply<NoContent> RoadmapApi::remove(const QString &kind, const QString &id)
{
    return {m_api.remove(contentPath(kind, id)), decode::nothing};
}

Reply<StageContent> RoadmapApi::publishStage(const QString &id)
{
    return {m_api.post(contentPath(kStages, id) + QStringLiteral("/publish")), decode::object<&StageContent::fromJson>};
}

Reply<UpsellContent> RoadmapApi::publishUpsell(const QString &id)
{
    return {m_api.post(contentPath(kUpsells, id) + QStringLiteral("/publish")),
            decode::object<&UpsellContent::fromJson>};
}

Reply<AdminRoadmap> RoadmapApi::customer(const QString &accountId)
{
    return {m_api.get(customerPath(accountId)), withStages<AdminRoadmap>};
}

Reply<AdminRoadmap> RoadmapApi::markStage(const QString &accountId, const QString &stageId, const StageMark &mark)
{
    RequestOptions options;
    options.idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    return {m_api.put(stagePath(accountId, stageId), mark.toJson(), options), withStages<AdminRoadmap>};
}

} // namespace kp::client
