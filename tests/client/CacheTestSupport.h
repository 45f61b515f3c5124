#pragma once

#include "client/cache/CacheDatabase.h"
#include "client/cache/ResponseCache.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

#include <optional>

// Waits (without a fixed sleep) for the answer of an asynchronous cache call.
template <typename T> std::optional<T> awaitResult(const std::function<void(std::function<void(T)>)> &call)
{
    std::optional<T> result;
    call([&result](T value) { result = std::move(value); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
        return std::nullopt;
    return result;
}

// Runs `job` on the cache's worker thread and waits for its result.
template <typename T>
std::optional<T> awaitQuery(kp::client::cache::CacheDatabase &database,
                            std::function<T(kp::client::cache::SqliteConnection &)> job, T fallback)
{
    QObject context;
    return awaitResult<T>(
        [&](std::function<void(T)> done) { database.query<T>(&context, std::move(job), fallback, std::move(done)); });
}

// The cache folder of this test executable, emptied (QStandardPaths test mode keeps it out of
// the user's real data).
inline void startWithEmptyCacheFolder()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(kp::client::cache::CacheDatabase::directory()).removeRecursively();
}
