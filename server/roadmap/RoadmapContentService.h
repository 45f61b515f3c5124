#pragma once

#include "server/roadmap/StageStore.h"
#include "server/roadmap/UpsellStore.h"
#include "shared/Roadmap.h"

namespace kp::server::roadmap {

// The admin's side (API.md "Content management", kinds `stages` and `upsells`): drafts, and a
// publish that copies the draft to what customers see. Throws DomainError.
class RoadmapContentService {
public:
    RoadmapContentService(Database &database, StageStore &stages, UpsellStore &upsells);

    QList<StageContent> stages();
    StageContent stage(const QString &id);
    StageContent addStage(const StageContent &fields);
    StageContent updateStage(const QString &id, const StageContent &fields);
    // Also takes the stage out of every offer's stages (in the same transaction).
    void removeStage(const QString &id);
    StageContent publishStage(const QString &id);

    QList<UpsellContent> upsells();
    UpsellContent upsell(const QString &id);
    // 422 `stage_ids` invalid when one names no stage.
    UpsellContent addUpsell(const UpsellContent &fields);
    UpsellContent updateUpsell(const QString &id, const UpsellContent &fields);
    void removeUpsell(const QString &id);
    UpsellContent publishUpsell(const QString &id);

private:
    void requireStages(const QStringList &stageIds);

    Database &m_database;
    StageStore &m_stages;
    UpsellStore &m_upsells;
};

} // namespace kp::server::roadmap
