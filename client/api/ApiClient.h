#pragma once

#include "client/api/ApiError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace kp::client {

// What the server answered: status, body bytes and the headers a caller may need.
struct ApiResponse {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray etag;

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
};

// One request in flight. Emits exactly one of succeeded(), notModified() or failed() and then
// deletes itself, unless cancel() came first: then it emits none of them. Connect to it right
// after the ApiClient call returned it; a receiver destroyed first is simply disconnected (Qt),
// which is what RequestScope builds on.
class ApiCall : public QObject {
    Q_OBJECT

public:
    ApiCall(QNetworkReply *reply, QObject *parent);

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
    // Bytes sent (uploads) or received (downloads) so far; `total` is -1 while unknown.
    void progress(qint64 done, qint64 total);

private:
    void finish();

    QNetworkReply *m_reply;
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

    ApiCall *get(const QString &path, const RequestOptions &options = {});
    ApiCall *post(const QString &path, const QJsonObject &body = {}, const RequestOptions &options = {});
    ApiCall *put(const QString &path, const QJsonObject &body, const RequestOptions &options = {});
    ApiCall *patch(const QString &path, const QJsonObject &body, const RequestOptions &options = {});
    ApiCall *remove(const QString &path, const RequestOptions &options = {});
    // Raw bytes with their content type (images, CSV, video files); progress() counts bytes sent.
    ApiCall *upload(const QByteArray &method, const QString &path, const QByteArray &bytes, const QString &contentType,
                    const RequestOptions &options = {});
    // Any answer's bytes (ApiResponse::body); progress() counts bytes received.
    ApiCall *download(const QString &path, const RequestOptions &options = {});

    // One path segment, percent-encoded so '/', '?', '#', '%' and spaces in an id stay data.
    static QString pathSegment(const QString &value);

signals:
    // A request sent with the current token was answered `401 unauthenticated`: the session
    // ended on the server (expired, logged out elsewhere, password changed). Session listens.
    void sessionRejected();

private:
    ApiCall *send(const QByteArray &method, const QString &path, const QByteArray &body, const QString &contentType,
                  const RequestOptions &options);
    QNetworkRequest request(const QString &path, const RequestOptions &options) const;

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_token;
};

} // namespace kp::client

Q_DECLARE_METATYPE(kp::client::ApiError)
Q_DECLARE_METATYPE(kp::client::ApiResponse)
