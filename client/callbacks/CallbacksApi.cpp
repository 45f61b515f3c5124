#include "client/callbacks/CallbacksApi.h"

namespace kp::client {
namespace {

QString filterName(CallbackFilter filter)
{
    switch (filter) {
    case CallbackFilter::Open:
        return QStringLiteral("open");
    case CallbackFilter::CalledBack:
        return QStringLiteral("called_back");
    case CallbackFilter::Closed:
        return QStringLiteral("closed");
    case CallbackFilter::All:
        break;
    }
    return QStringLiteral("all");
}

} // namespace

QJsonObject CallbacksApi::requestBody(const QString &phone, const QString &note)
{
    QJsonObject body {{QStringLiteral("phone"), phone}};
    if (!note.isEmpty())
        body.insert(QStringLiteral("note"), note);
    return body;
}

Reply<CallbackRequest> CallbacksApi::request(const QString &phone, const QByteArray &idempotencyKey)
{
    RequestOptions options;
    options.idempotencyKey = idempotencyKey;
    return {m_api.post(path(), requestBody(phone), options), decode::object<&CallbackRequest::fromJson>};
}

Reply<ItemPage<CallbackRequest>> CallbacksApi::mine(const QString &cursor)
{
    RequestOptions options;
    options.query = pageQuery(cursor);
    return {m_api.get(path(), options), decode::page<CallbackRequest, &CallbackRequest::fromJson>};
}

Reply<ItemPage<CallbackRequest>> CallbacksApi::inbox(CallbackFilter filter, const QString &cursor, int limit)
{
    RequestOptions options;
    options.query = pageQuery(cursor, limit);
    options.query.append({QStringLiteral("status"), filterName(filter)});
    return {m_api.get(QStringLiteral("/api/v1/admin/callbacks"), options),
            decode::page<CallbackRequest, &CallbackRequest::fromJson>};
}

int CallbacksApi::openCount(const ApiResponse &inboxAnswer)
{
    return inboxAnswer.json().value(QLatin1String("open_count")).toInt();
}

Reply<CallbackRequest> CallbacksApi::setStatus(const QString &id, const QString &status)
{
    return {m_api.patch(QStringLiteral("/api/v1/admin/callbacks/") + ApiClient::pathSegment(id),
                        {{QStringLiteral("status"), status}}),
            decode::object<&CallbackRequest::fromJson>};
}

} // namespace kp::client
