#include "client/cache/ResponseCache.h"

#include "client/cache/CacheDatabase.h"
#include "client/widgets/Format.h"

#include <QUrl>

namespace kp::client::cache {
namespace {

// An answer without the header is stored as "" (the columns are NOT NULL; a null QString would
// bind as NULL).
QString textOf(const QByteArray &header)
{
    return header.isNull() ? QStringLiteral("") : QString::fromUtf8(header);
}

} // namespace

ResponseCache::ResponseCache(CacheDatabase &database)
    : m_database(database)
{
}

QString ResponseCache::offlineNotice(const QDateTime &fetchedAt)
{
    return tr("Offline, as of %1").arg(format::dateTime(fetchedAt));
}

QString ResponseCache::keyFor(const QUrl &url)
{
    return url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment | QUrl::FullyEncoded);
}

void ResponseCache::lookup(const QString &key, QObject *context,
                           std::function<void(std::optional<CachedResponse>)> done)
{
    m_database.query<std::optional<CachedResponse>>(
        context,
        [key](SqliteConnection &connection) -> std::optional<CachedResponse> {
            Statement select(connection, "SELECT body, content_type, etag, fetched_at FROM responses WHERE key = ?1");
            select.bind(1, key);
            if (!select.next())
                return std::nullopt;
            return CachedResponse {select.blob(0), select.text(1).toUtf8(), select.text(2).toUtf8(),
                                   QDateTime::fromMSecsSinceEpoch(select.integer(3), Qt::UTC)};
        },
        std::nullopt, std::move(done));
}

void ResponseCache::store(const QString &key, const CachedResponse &response)
{
    m_database.execute([key, response](SqliteConnection &connection) {
        Statement upsert(connection,
                         "INSERT INTO responses (key, body, content_type, etag, fetched_at) "
                         "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (key) DO UPDATE SET body = excluded.body, "
                         "content_type = excluded.content_type, etag = excluded.etag, "
                         "fetched_at = excluded.fetched_at");
        upsert.bind(1, key)
            .bind(2, response.body.isNull() ? QByteArray("") : response.body)
            .bind(3, textOf(response.contentType))
            .bind(4, textOf(response.etag))
            .bind(5, std::int64_t {response.fetchedAt.toMSecsSinceEpoch()});
        upsert.run();
    });
}

void ResponseCache::touch(const QString &key, const QDateTime &when)
{
    m_database.execute([key, when](SqliteConnection &connection) {
        Statement update(connection, "UPDATE responses SET fetched_at = ?2 WHERE key = ?1");
        update.bind(1, key).bind(2, std::int64_t {when.toMSecsSinceEpoch()});
        update.run();
    });
}

void ResponseCache::forget(const QString &key)
{
    m_database.execute([key](SqliteConnection &connection) {
        Statement remove(connection, "DELETE FROM responses WHERE key = ?1");
        remove.bind(1, key);
        remove.run();
    });
}

void ResponseCache::clear()
{
    m_database.execute([](SqliteConnection &connection) {
        Statement remove(connection, "DELETE FROM responses");
        remove.run();
    });
}

} // namespace kp::client::cache
