#pragma once

#include <QString>

// Every row of every table of a SQLite file as text, in a stable order: two snapshots compare
// equal exactly when a request left the data as it was.
QString databaseSnapshot(const QString &path);
