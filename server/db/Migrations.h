#pragma once

#include <QString>

namespace kp::server {

class Connection;

// Applies the numbered SQL files under :/migrations that the database has not seen yet, each in
// its own transaction together with the new PRAGMA user_version. Throws DbError when a file fails
// or when the database is newer than this server (it must not guess at a future schema).
void applyMigrations(Connection &connection, const QString &directory = QStringLiteral(":/migrations"));

// The schema version this build brings.
int latestSchemaVersion(const QString &directory = QStringLiteral(":/migrations"));

} // namespace kp::server
