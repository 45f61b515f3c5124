#include "client/onboarding/CustomerChecklistAdminApi.h"

namespace kp::client {

QString CustomerChecklistAdminApi::checklistPath(const QString &accountId)
{
    return QStringLiteral("/api/v1/admin/accounts/%1/checklist").arg(ApiClient::pathSegment(accountId));
}

Reply<CustomerChecklist> CustomerChecklistAdminApi::load(const QString &accountId)
{
    return {m_api.get(checklistPath(accountId)), decode::object<&CustomerChecklist::fromJson>};
}

Reply<QByteArray> CustomerChecklistAdminApi::file(const QString &accountId, const QString &itemId)
{
    RequestOptions options;
    options.useCache = false;
    return {
        m_api.download(checklistPath(accountId) + QStringLiteral("/files/") + ApiClient::pathSegment(itemId), options),
        [](const ApiResponse &response) -> std::optional<QByteArray> { return response.body; }};
}

Reply<CustomerChecklist> CustomerChecklistAdminApi::tick(const QString &accountId, const QString &itemId, bool done)
{
    return {m_api.put(checklistPath(accountId) + QLatin1Char('/') + ApiClient::pathSegment(itemId),
                      {{QStringLiteral("done"), done}}),
            decode::object<&CustomerChecklist::fromJson>};
}

} // namespace kp::client
