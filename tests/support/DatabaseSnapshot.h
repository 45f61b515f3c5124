#pragma once

#include <QString>

// Every row of every table of a SQLite file as text, in a stable order: two snapshots compare
// equal exactly when a request left the data as it was.
QString databaseSnapshot(const QString &path);

// The schema (user_version, then every table, index and trigger as its CREATE statement) in a
// stable order: a migrated database compared with a stored expectation.
QString databaseSchema(const QString &path);
