#pragma once

#include "client/api/ItemPage.h"
#include "client/api/Reply.h"
#include "shared/Callback.h"

namespace kp::client {

// Which requests the admin's inbox shows (`?status=`).
enum class CallbackFilter { Open, CalledBack, Closed, All };

// Callback requests (API.md "Chat, support and escalation"): the customer's own, and the admin's inbox.
class CallbacksApi {
public:
    explicit CallbacksApi(ApiClient &api)
        : m_api(api)
    {
    }

    static QString path() { return QStringLiteral("/api/v1/callbacks"); }
    // The body of a request; the customer is the session's, so nothing else goes in it.
    static QJsonObject requestBody(const QString &phone, const QString &note = {});

    // POST /api/v1/callbacks → 202; 422 `fields.phone`, 429 with Retry-After. The key makes a
    // repeat (a lost answer, a resend from the outbox) count once.
    Reply<CallbackRequest> request(const QString &phone, const QByteArray &idempotencyKey);
    // GET /api/v1/callbacks: the customer's own, newest first.
    Reply<ItemPage<CallbackRequest>> mine(const QString &cursor = {});
    // GET /api/v1/admin/callbacks?status=, newest first; the answer also counts the open ones
    // (openCount() of reply.call()'s response: the sidebar's badge).
    Reply<ItemPage<CallbackRequest>> inbox(CallbackFilter filter, const QString &cursor = {}, int limit = 0);
    static int openCount(const ApiResponse &inboxAnswer);
    // PATCH /api/v1/admin/callbacks/{id} {status: open|called_back|closed}
    Reply<CallbackRequest> setStatus(const QString &id, const QString &status);

private:
    ApiClient &m_api;
};

} // namespace kp::client
