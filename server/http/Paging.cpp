#include "server/http/Paging.h"

#include "server/http/RequestContext.h"
#include "shared/Validation.h"

namespace kp::server {

PageRequest readPageRequest(const RequestContext &context, QMap<QString, QString> &problems, PagingLimits limits)
{
    PageRequest page;
    page.limit = limits.defaultLimit;
    page.cursor = context.query("cursor");
    const auto limit = context.query("limit");
    if (!limit.isEmpty()) {
        bool ok = false;
        page.limit = limit.toInt(&ok);
        if (!ok || page.limit < 1 || page.limit > limits.maxLimit) {
            problems.insert(QStringLiteral("limit"), validation::problem::invalid);
            page.limit = limits.defaultLimit;
        }
    }
    return page;
}

QJsonObject pageJson(QJsonArray items, const QString &nextCursor)
{
    return {
        {QStringLiteral("items"), std::move(items)},
        {QStringLiteral("next_cursor"), nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(nextCursor)}};
}

} // namespace kp::server
