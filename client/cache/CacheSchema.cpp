#include "client/cache/CacheSchema.h"

#include "client/cache/SqliteConnection.h"

#include <array>
#include <string>

namespace kp::client::cache::schema {

namespace {

// Step N takes the file from version N to N + 1. Append only; never edit a shipped step.
constexpr std::array steps {
    // 0 → 1: the last answer of each GET, and the outbox of the user's changes.
    R"sql(
        CREATE TABLE responses (
            key          TEXT PRIMARY KEY,  -- path and query of the GET
            body         BLOB NOT NULL,
            content_type TEXT NOT NULL DEFAULT '',
            etag         TEXT NOT NULL DEFAULT '',
            fetched_at   INTEGER NOT NULL   -- ms since the epoch, UTC
        );
        CREATE TABLE outbox (
            id              INTEGER PRIMARY KEY AUTOINCREMENT,  -- the send order
            method          TEXT NOT NULL,
            path            TEXT NOT NULL,
            body            BLOB,
            body_file       TEXT,
            content_type    TEXT NOT NULL DEFAULT '',
            idempotency_key TEXT NOT NULL UNIQUE,
            label           TEXT NOT NULL,
            created_at      INTEGER NOT NULL,
            attempts        INTEGER NOT NULL DEFAULT 0,
            state           TEXT NOT NULL DEFAULT 'pending'
                            CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
            last_error      TEXT NOT NULL DEFAULT '',
            finished_at     INTEGER
        );
        CREATE INDEX outbox_open ON outbox (state, id);
    )sql",
};

} // namespace

int latestVersion()
{
    return int(steps.size());
}

void migrate(SqliteConnection &connection)
{
    const int current = connection.userVersion();
    if (current > latestVersion())
        throw CacheError("cache file has schema " + std::to_string(current) + ", this app knows up to "
                         + std::to_string(latestVersion()));
    for (int version = current; version < latestVersion(); ++version) {
        Transaction transaction(connection);
        connection.exec(steps[std::size_t(version)]);
        connection.setUserVersion(version + 1);
        transaction.commit();
    }
}

} // namespace kp::client::cache::schema
