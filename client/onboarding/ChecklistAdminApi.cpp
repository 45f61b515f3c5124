#include "client/onboarding/ChecklistAdminApi.h"

namespace kp::client {

Reply<ChecklistStatus> ChecklistAdminApi::status()
{
    RequestOptions options;
    options.useCache = false;
    return {m_api.get(QStringLiteral("/api/v1/admin/checklist/status"), options),
            decode::object<&ChecklistStatus::fromJson>};
}

Reply<ChecklistStatus> ChecklistAdminApi::sync()
{
    return {m_api.post(QStringLiteral("/api/v1/admin/checklist/sync")), decode::object<&ChecklistStatus::fromJson>};
}

Reply<ChecklistStatus> ChecklistAdminApi::importCsv(const QByteArray &csv)
{
    return {m_api.upload("POST", QStringLiteral("/api/v1/admin/checklist/import"), csv, QStringLiteral("text/csv")),
            decode::object<&ChecklistStatus::fromJson>};
}

} // namespace kp::client
