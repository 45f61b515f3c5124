#pragma once

namespace kp::client::cache {

class SqliteConnection;

// The cache file's schema, versioned with PRAGMA user_version. Each step runs in its own
// transaction together with its new version, so a crash leaves a whole version behind.
namespace schema {

// The version this build writes.
int latestVersion();

// Brings the file up to latestVersion(). Throws CacheError when a step fails or the file was
// written by a newer app: guessing at a future schema could lose queued changes.
void migrate(SqliteConnection &connection);

} // namespace schema
} // namespace kp::client::cache
