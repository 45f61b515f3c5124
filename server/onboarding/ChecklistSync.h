#pragma once

#include "server/onboarding/ChecklistSource.h"

#include <QJsonObject>

#include <memory>
#include <mutex>

namespace kp::server {

class ChecklistService;

// Brings the live checklist in step with the agency's sheet (ChecklistSource): reads it,
// checks it (ChecklistSheet) and publishes it when its content changed. A sheet that cannot be
// read or has problems changes nothing but the status: the last good version stays live, and
// the admin sees why in GET /api/v1/admin/checklist/status.
class ChecklistSync {
public:
    // `source` may be null: no sheet configured; CSV import is then the only way in.
    ChecklistSync(ChecklistService &checklists, std::unique_ptr<ChecklistSource> source);

    bool hasSource() const { return m_source != nullptr; }

    // The admin's "sync now": reads the whole sheet whatever its modifiedTime. Returns the
    // status with `outcome` ("published", "unchanged" or "failed"). Without a source: throws
    // DomainError(unavailable) with fields.source = "not_configured".
    QJsonObject syncNow();
    // The periodic job: skips an unchanged sheet (Drive modifiedTime); nothing without a source.
    void syncIfChanged();

    // {source, version, published_at, last_read_at, sheet_modified_at, last_error, sheet}.
    QJsonObject status();

private:
    QString sync(bool force); // the outcome word

    ChecklistService &m_checklists;
    std::unique_ptr<ChecklistSource> m_source;
    // The job thread and an admin's request may both sync; one at a time reads and publishes.
    std::mutex m_mutex;
};

} // namespace kp::server
