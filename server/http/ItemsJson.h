#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace kp::server {

// {"items": [...]}: a list answer of the admin's content routes, each item by its toJson().
template <typename T> QJsonObject itemsJson(const QList<T> &items)
{
    QJsonArray array;
    for (const auto &item : items)
        array.append(item.toJson());
    return {{QStringLiteral("items"), array}};
}

} // namespace kp::server
