#pragma once

#include "client/api/Reply.h"
#include "client/onboarding/CustomerChecklist.h"

namespace kp::client {

// The customer's onboarding checklist (API.md "Onboarding checklist and roadmap").
class ChecklistApi {
public:
    explicit ChecklistApi(ApiClient &api)
        : m_api(api)
    {
    }

    // GET /api/v1/checklist (cached, so a start without the server shows the last answers).
    Reply<CustomerChecklist> load();
    // PUT /api/v1/checklist/answers with only the items named; an invalid one fails them all with
    // field problems keyed by item id.
    Reply<CustomerChecklist> saveAnswers(const QJsonObject &answers);
    // PUT /api/v1/checklist/files/{item_id}?name=…; the answer's `value` is the item's answer.
    // Progress and cancel through call().
    Reply<ChecklistFile> uploadFile(const QString &itemId, const QByteArray &bytes, const QString &name,
                                    const QString &contentType);
    // POST /api/v1/checklist/complete; 422 names every missing or invalid required item.
    Reply<CustomerChecklist> complete();

    // The body of PUT /api/v1/checklist/answers (also what the outbox keeps).
    static QJsonObject answersBody(const QJsonObject &answers);
    static QString answersPath();

private:
    ApiClient &m_api;
};

} // namespace kp::client
