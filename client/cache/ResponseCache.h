#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

class QObject;
class QUrl;

namespace kp::client::cache {

class CacheDatabase;

// The last answer the server gave to one GET.
struct CachedResponse {
    QByteArray body;
    QByteArray contentType;
    QByteArray etag;     // sent back as If-None-Match; empty when the server gave none
    QDateTime fetchedAt; // when the server last confirmed it (UTC): "Offline, Stand: <time>"
};

// The last answer of each GET, keyed by path and query. The data layer sends the stored ETag as
// If-None-Match, touches the entry on a 304, stores the new answer on a 200, and shows the stored
// one when the server cannot be reached. All calls return at once; see CacheDatabase.
class ResponseCache {
    Q_DECLARE_TR_FUNCTIONS(ResponseCache)

public:
    explicit ResponseCache(CacheDatabase &database);

    // The quiet line above a page shown from the cache: "Offline, Stand: 24.11.2026 14:05".
    static QString offlineNotice(const QDateTime &fetchedAt);

    // "/api/v1/me" or "/api/v1/accounts?status=pending": the request's path and query, without
    // scheme and host (the file already belongs to one server).
    static QString keyFor(const QUrl &url);

    // `done` gets the stored answer, or nothing when there is none (or the cache cannot be read).
    void lookup(const QString &key, QObject *context, std::function<void(std::optional<CachedResponse>)> done);
    void store(const QString &key, const CachedResponse &response);
    // A 304: the stored answer is still current as of `when`.
    void touch(const QString &key, const QDateTime &when);
    void forget(const QString &key);
    // Every stored answer (the server ended the session: what it showed is no longer this user's).
    void clear();

private:
    CacheDatabase &m_database;
};

} // namespace kp::client::cache
