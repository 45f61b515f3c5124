#pragma once

#include <QStringList>

class QTableWidget;

namespace kp::client {

// The look of the partner program's tables inside a card: no grid, no frame, headers on the
// left, columns as wide as their contents and `stretchColumn` taking the rest.
void makeQuietTable(QTableWidget *table, const QString &objectName, const QStringList &headers, int stretchColumn);

} // namespace kp::client
