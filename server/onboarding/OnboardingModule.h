#pragma once

#include "server/app/Module.h"
#include "server/core/ContentFiles.h"
#include "server/onboarding/ChecklistService.h"
#include "server/onboarding/ChecklistStore.h"
#include "server/onboarding/ChecklistSync.h"

#include <chrono>
#include <memory>

namespace kp::server {

class AccountsModule;

// The onboarding checklist (issue 13): its versions, answers, files and completion, the sync
// with the agency's sheet, and Gate::OnboardingComplete, which closes gated routes to a
// customer until the checklist is complete.
class OnboardingModule : public Module {
public:
    // `source`: where the sheet comes from (makeChecklistSource), or null for CSV import only.
    OnboardingModule(const ModuleContext &context, AccountsModule &accounts, std::unique_ptr<ChecklistSource> source);

    void addRoutes(Router &router) override;
    void addJobs(JobRunner &jobs) override;

    ChecklistService &checklists() { return m_checklists; }
    ChecklistSync &sync() { return m_sync; }

private:
    std::chrono::minutes m_syncInterval;
    ContentFiles m_files;
    ChecklistStore m_store;
    ChecklistService m_checklists;
    ChecklistSync m_sync;
};

} // namespace kp::server
