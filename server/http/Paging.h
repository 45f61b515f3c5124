#pragma once

#include "server/core/PageRequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace kp::server {

class RequestContext;

// API.md's list convention, for every list route: `?limit=&cursor=` in, `{"items": [...],
// "next_cursor": "..." | null}` out.
//
//   QMap<QString, QString> problems;                     // the route's own filters add theirs
//   const auto page = readPageRequest(context, problems);
//   if (!problems.isEmpty()) throw DomainError::validation(problems);
//   const auto found = service.list(filter, page);
//   return Reply::json(pageJson(found.items, found.nextCursor, [](const auto &item) { return item.toJson(); }));
struct PagingLimits {
    int defaultLimit = 50;
    int maxLimit = 200;
};

// A limit that is not a whole number in [1, maxLimit] adds "limit": "invalid" to `problems`.
PageRequest readPageRequest(const RequestContext &context, QMap<QString, QString> &problems, PagingLimits limits = {});

QJsonObject pageJson(QJsonArray items, const QString &nextCursor);

template <typename List, typename ToJson>
QJsonObject pageJson(const List &items, const QString &nextCursor, ToJson toJson)
{
    QJsonArray array;
    for (const auto &item : items)
        array.append(toJson(item));
    return pageJson(std::move(array), nextCursor);
}

} // namespace kp::server
