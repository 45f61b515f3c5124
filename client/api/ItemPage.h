#pragma once

#include "client/api/Reply.h"

#include <QJsonArray>
#include <QList>

namespace kp::client {

// One page of a list route (API.md: `?limit=&cursor=` → `{"items": [...], "next_cursor": …}`).
template <typename T> struct ItemPage {
    QList<T> items;
    QString nextCursor; // empty on the last page

    bool hasMore() const { return !nextCursor.isEmpty(); }
};

// The query of one page request; an empty cursor asks for the first page.
inline QList<std::pair<QString, QString>> pageQuery(const QString &cursor, int limit = 0)
{
    QList<std::pair<QString, QString>> query;
    if (limit > 0)
        query.append({QStringLiteral("limit"), QString::number(limit)});
    if (!cursor.isEmpty())
        query.append({QStringLiteral("cursor"), cursor});
    return query;
}

namespace decode {

// A page whose items each decode with `item`; an item that does not decode fails the answer,
// since a list silently shorter than the server's would hide an account or an entry.
template <typename T, auto FromJson> std::optional<ItemPage<T>> page(const ApiResponse &response)
{
    const auto json = response.json();
    const auto items = json.value(QLatin1String("items"));
    if (!items.isArray())
        return std::nullopt;
    ItemPage<T> page;
    for (const auto &item : items.toArray()) {
        auto decoded = FromJson(item.toObject());
        if (!decoded)
            return std::nullopt;
        page.items.append(*decoded);
    }
    page.nextCursor = json.value(QLatin1String("next_cursor")).toString();
    return page;
}

} // namespace decode

} // namespace kp::client
