#include "server/roadmap/RoadmapContentService.h"

#include "server/core/DomainError.h"
#include "server/db/Database.h"
#include "shared/Validation.h"

namespace kp::server::roadmap {
namespace {

DomainError notFound(const QString &what)
{
    return DomainError(ErrorCode::NotFound, QStringLiteral("There is no such %1.").arg(what));
}

// The record, or 404 naming `what`.
template <typename T> T existing(const std::optional<T> &found, const char *what)
{
    if (!found)
        throw notFound(QString::fromLatin1(what));
    return *found;
}

} // namespace

RoadmapContentService::RoadmapContentService(Database &database, StageStore &stages, UpsellStore &upsells)
    : m_database(database)
    , m_stages(stages)
    , m_upsells(upsells)
{
}

QList<StageContent> RoadmapContentService::stages()
{
    return m_stages.drafts();
}

StageContent RoadmapContentService::stage(const QString &id)
{
    return existing(m_stages.find(id), "stage");
}

StageContent RoadmapContentService::addStage(const StageContent &fields)
{
    return m_stages.add(fields);
}

StageContent RoadmapContentService::updateStage(const QString &id, const StageContent &fields)
{
    if (!m_stages.update(id, fields))
        throw notFound(QStringLiteral("stage"));
    return stage(id);
}

void RoadmapContentService::removeStage(const QString &id)
{
    // An offer shown at a deleted stage is no longer shown there; it keeps its other stages.
    WriteTransaction transaction(m_database.connection());
    if (!m_stages.remove(id))
        throw notFound(QStringLiteral("stage"));
    m_upsells.forgetStage(id);
    transaction.commit();
}

StageContent RoadmapContentService::publishStage(const QString &id)
{
    if (!m_stages.publish(id))
        throw notFound(QStringLiteral("stage"));
    return stage(id);
}

QList<UpsellContent> RoadmapContentService::upsells()
{
    return m_upsells.drafts();
}

UpsellContent RoadmapContentService::upsell(const QString &id)
{
    return existing(m_upsells.find(id), "offer");
}

UpsellContent RoadmapContentService::addUpsell(const UpsellContent &fields)
{
    requireStages(fields.stageIds);
    return m_upsells.add(fields);
}

UpsellContent RoadmapContentService::updateUpsell(const QString &id, const UpsellContent &fields)
{
    upsell(id);
    requireStages(fields.stageIds);
    m_upsells.update(id, fields);
    return upsell(id);
}

void RoadmapContentService::removeUpsell(const QString &id)
{
    if (!m_upsells.remove(id))
        throw notFound(QStringLiteral("offer"));
}

UpsellContent RoadmapContentService::publishUpsell(const QString &id)
{
    if (!m_upsells.publish(id))
        throw notFound(QStringLiteral("offer"));
    return upsell(id);
}

void RoadmapContentService::requireStages(const QStringList &stageIds)
{
    for (const auto &id : stageIds) {
        if (!m_stages.find(id))
            throw DomainError(ErrorCode::ValidationFailed, QStringLiteral("There is no stage %1.").arg(id),
                              {{QStringLiteral("stage_ids"), validation::problem::invalid}});
    }
}

} // namespace kp::server::roadmap
