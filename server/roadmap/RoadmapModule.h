#pragma once

#include "server/app/Module.h"
#include "server/roadmap/CompletionStore.h"
#include "server/roadmap/RoadmapContentService.h"
#include "server/roadmap/RoadmapService.h"
#include "server/roadmap/StageEvidence.h"
#include "server/roadmap/StageStore.h"
#include "server/roadmap/UpsellResponseStore.h"
#include "server/roadmap/UpsellStore.h"

namespace kp::server {

class AccountsModule;

namespace roadmap {

// The roadmap and its upsells (issue 18): stages and upsells as admin content with draft and
// publish, each customer's stages completed by the portal's own events (StageEvidence), their
// checklist items or an admin, and the upsells of the current stage, dismissed for good or
// answered with an interest that reaches the agency through the callbacks outbox (InterestNotices).
class RoadmapModule : public Module {
public:
    RoadmapModule(const ModuleContext &context, AccountsModule &accounts, StageEvidence evidence,
                  InterestNotices notices);

    void addRoutes(Router &router) override;

    RoadmapService &service() { return m_service; }

private:
    StageStore m_stages;
    UpsellStore m_upsells;
    CompletionStore m_completions;
    UpsellResponseStore m_responses;
    RoadmapService m_service;
    RoadmapContentService m_content;
};

} // namespace roadmap
} // namespace kp::server
