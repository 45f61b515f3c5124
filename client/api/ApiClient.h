#pragma once

#include "client/api/ApiError.h"
#include "client/cache/ResponseCache.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace kp::client {

// What the server answered: status, body bytes and the headers a caller may need.
struct ApiResponse {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray etag;
    // Set when the server could not be reached and this is the answer the account's cache kept
    // from then (a GET): the page shows it with "Offline, as of <time>".
    QDateTime offlineAsOf;

    // The body as a JSON object (empty when it is none).
    QJsonObject json() const;
};

// Per-request options beyond method, path and body.
struct RequestOptions {
    QList<std::pair<QString, QString>> query;
    // Sent as `Idempotency-Key`: the server answers a repeat with the first answer (API.md).
    QByteArray idempotencyKey;
    // Sent as `If-None-Match`; the server's 304 then arrives as ApiCall::notModified().
    QByteArray ifNoneMatch;
    // A GET goes through the account's response cache (ApiClient::setResponseCache): revalidated
    // with its stored ETag, and answered from the cache while the server cannot be reached.
    // False for what must be live (the reachability probe).
    bool useCache = true;
};

// What a GET through the response cache does with the cache once it is answered (ApiClient sets
// them; each checks that the cache it was made for is still the account's).
struct CacheHooks {
    std::optional<cache::CachedResponse> stored;           // sent as If-None-Match
    std::function<void(const ApiResponse &response)> keep; // a fresh 200
    std::function<void()> confirm;                         // a 304: the stored answer holds
};

// One request in flight. Emits exactly one of succeeded(), notModified() or failed() and then
// deletes itself, unless cancel() came first: then it emits none of them. Connect to it right
// after the ApiClient call returned it; a receiver destroyed first is simply disconnected (Qt),
// which is what RequestScope builds on.
class ApiCall : public QObject {
    Q_OBJECT

public:
    ApiCall(QNetworkReply *reply, QObject *parent);
    // A call whose request goes out later with start() (a GET that first looks into the cache).
    explicit ApiCall(QObject *parent);
    void start(QNetworkReply *reply, CacheHooks hooks = {});
    bool isStarted() const { return m_reply != nullptr; }

    // Checks a 2xx answer before succeeded() is emitted; false turns it into failed() with
    // ApiError::unexpectedAnswer(). Typed APIs decode here (see Reply.h).
    void setDecoder(std::function<bool(const ApiResponse &)> decoder) { m_decoder = std::move(decoder); }
    // Aborts the transfer; no outcome signal follows. The call deletes itself after its outcome,
    // so whoever keeps it to cancel later holds it in a QPointer.
    void cancel();

signals:
    void succeeded(const kp::client::ApiResponse &response);
    // 304 to a request with RequestOptions::ifNoneMatch: the caller's copy is current.
    void notModified(const kp::client::ApiResponse &response);
    void failed(const kp::client::ApiError &error);
    // A GET through the response cache found the answer kept from an earlier visit: emitted before
    // the request goes out, so a page can show it at once while it is revalidated (the outcome
    // signal follows as always).
    void storedAnswer(const kp::client::ApiResponse &response);
    // Bytes sent (uploads) or received (downloads) so far; `total` is -1 while unknown.
    void progress(qint64 done, qint64 total);

private:
    void finish();
    // The stored answer, when the network's answer says only "unchanged" or "unreachable".
    std::optional<ApiResponse> answerFromCache(const ApiResponse &network) const;

    QNetworkReply *m_reply = nullptr;
    CacheHooks m_cache;
    std::function<bool(const ApiResponse &)> m_decoder;
    bool m_cancelled = false;
};

// The app's only way to the server (API.md): a small transport that knows the base URL and the
// session token and nothing of features. Asynchronous: nothing here waits, so the GUI thread
// never blocks. Feature APIs (AuthApi, AdminAccountsApi, ProfileApi, …) build on it and return
// typed results; the cache and outbox use it directly with ETags and idempotency keys.
class ApiClient : public QObject {
    Q_OBJECT

public:
    // `network` is the QNetworkAccessManager to use (tests pass a FakeNetwork); by default the
    // client makes its own. It is not taken over when given.
    explicit ApiClient(QObject *parent = nullptr, QNetworkAccessManager *network = nullptr);

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    QNetworkAccessManager *network() const { return m_network; }
    // The signed-in account's cache of GET answers, or null (before login, after logout). Calls
    // still looking into the previous cache go to the network without it.
    void setResponseCache(cache::ResponseCache *cache);

    ApiCall *get(const QString &path, const RequestOptions &options = {});
    ApiCall *post(const QString &path, const QJsonObject &body = {}, const RequestOptions &options = {});
    ApiCall *put(const QString &path, const QJsonObject &body, const RequestOptions &options = {});
    ApiCall *patch(const QString &path, const QJsonObject &body, const RequestOptions &options = {});
    ApiCall *remove(const QString &path, const RequestOptions &options = {});
    // Raw bytes with their content type (images, CSV, video files); progress() counts bytes sent.
    ApiCall *upload(const QByteArray &method, const QString &path, const QByteArray &bytes, const QString &contentType,
                    const RequestOptions &options = {});
    // A file streamed from disk as the body, never held in memory whole (video files of
    // hundreds of MB); progress() counts bytes sent, ApiCall::cancel() aborts the transfer. A
    // file that cannot be opened fails the call (after the caller connected) with its reason.
    ApiCall *uploadFile(const QByteArray &method, const QString &path, const QString &filePath,
                        const QString &contentType, const RequestOptions &options = {});
    // Any answer's bytes (ApiResponse::body); progress() counts bytes received.
    ApiCall *download(const QString &path, const RequestOptions &options = {});

    // One path segment, percent-encoded so '/', '?', '#', '%' and spaces in an id stay data.
    static QString pathSegment(const QString &value);

signals:
    // A request sent with the current token was answered `401 unauthenticated`: the session
    // ended on the server (expired, logged out elsewhere, password changed). Session listens.
    void sessionRejected();
    // A GET was answered from the cache because the server could not be reached: the window
    // shows "Offline, as of <time>" until serverAnswered().
    void servedFromCache(const QDateTime &asOf);
    // The server answered a request (whatever it said): it can be reached.
    void serverAnswered();

private:
    ApiCall *send(const QByteArray &method, const QString &path, const QByteArray &body, const QString &contentType,
                  const RequestOptions &options);
    QNetworkRequest request(const QString &path, const RequestOptions &options) const;
    // A GET through the response cache: looks up the stored answer, then sends.
    ApiCall *sendCached(const QNetworkRequest &request);
    void watch(ApiCall *call);

    QNetworkAccessManager *m_network;
    cache::ResponseCache *m_cache = nullptr;
    int m_cacheGeneration = 0; // counts setResponseCache(); hooks of an older cache do nothing
    struct Lookup {
        QPointer<ApiCall> call;
        QNetworkRequest request;
    };
    QList<Lookup> m_lookingUp;
    QUrl m_baseUrl;
    QString m_token;
};

} // namespace kp::client

Q_DECLARE_METATYPE(kp::client::ApiError)
Q_DECLARE_METATYPE(kp::client::ApiResponse)
