#pragma once

#include "client/api/Reply.h"
#include "client/onboarding/ChecklistStatus.h"

namespace kp::client {

// The agency's side of the checklist's source (API.md admin checklist routes).
class ChecklistAdminApi {
public:
    explicit ChecklistAdminApi(ApiClient &api)
        : m_api(api)
    {
    }

    // GET /api/v1/admin/checklist/status (live, not from the cache: it is about now).
    Reply<ChecklistStatus> status();
    // POST /api/v1/admin/checklist/sync: reads the Google Sheet now; a sheet with problems still
    // answers 200 with `outcome` failed and `last_error`. 503 when no sheet is configured.
    Reply<ChecklistStatus> sync();
    // POST /api/v1/admin/checklist/import with the CSV; a refused sheet fails with 422.
    Reply<ChecklistStatus> importCsv(const QByteArray &csv);

private:
    ApiClient &m_api;
};

} // namespace kp::client
