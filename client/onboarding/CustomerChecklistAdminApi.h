#pragma once

#include "client/api/Reply.h"
#include "client/onboarding/CustomerChecklist.h"

namespace kp::client {

// One customer's checklist as the agency sees it (openapi.json /api/v1/admin/accounts/{id}/checklist…):
// the answers, the uploaded files, and the agency's own items to tick.
class CustomerChecklistAdminApi {
public:
    explicit CustomerChecklistAdminApi(ApiClient &api)
        : m_api(api)
    {
    }

    // GET …/{id}/checklist (through the cache: revalidated, shown offline).
    Reply<CustomerChecklist> load(const QString &accountId);
    // GET …/{id}/checklist/files/{item_id}: the file's bytes, not kept in the cache (up to 20 MiB).
    // Progress and cancel through call().
    Reply<QByteArray> file(const QString &accountId, const QString &itemId);
    // PUT …/{id}/checklist/{item_id} {done}: ticks or unticks one of the agency's items; answers
    // the customer's checklist as it is now. 409 when the item is the customer's to answer.
    Reply<CustomerChecklist> tick(const QString &accountId, const QString &itemId, bool done);

private:
    static QString checklistPath(const QString &accountId);

    ApiClient &m_api;
};

} // namespace kp::client
