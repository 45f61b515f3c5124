#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

// The id lists the roadmap keeps in one column (item_ids, stage_ids) as a JSON array.
namespace kp::server::roadmap {

inline QString idsColumn(const QStringList &ids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

inline QStringList idsFromColumn(const QString &column)
{
    QStringList ids;
    for (const auto &id : QJsonDocument::fromJson(column.toUtf8()).array())
        ids.append(id.toString());
    return ids;
}

} // namespace kp::server::roadmap
