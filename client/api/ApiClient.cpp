#include "client/api/ApiClient.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace kp::client {
namespace {

constexpr int kTransferTimeoutMs = 20000;

ApiError errorFrom(QNetworkReply *reply, const QJsonObject &body)
{
    ApiError error;
    error.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (error.httpStatus == 0) {
        error.networkError = reply->errorString();
        return error;
    }
    const auto object = body.value(QLatin1String("error")).toObject();
    error.code = errorCodeFromName(object.value(QLatin1String("code")).toString());
    const auto fields = object.value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        error.fields.insert(it.key(), it.value().toString());
    error.retryAfterSeconds = reply->rawHeader("Retry-After").toInt();
    error.rejectionReason = object.value(QLatin1String("reason")).toString();
    error.sheetProblems = SheetProblem::listFromJson(object.value(QLatin1String("problems")).toArray());
    error.line = object.value(QLatin1String("line")).toInt(body.value(QLatin1String("line")).toInt());
    return error;
}

QByteArray compact(const QJsonObject &body)
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

const auto kJson = QStringLiteral("application/json");

// No answer from our server: no connection, or a proxy in front of it saying it is gone.
bool serverUnreachable(const QNetworkReply *reply, int status)
{
    return (status == 0 && reply->error() != QNetworkReply::NoError) || status == 502 || status == 503 || status == 504;
}

} // namespace

QJsonObject ApiResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

ApiCall::ApiCall(QNetworkReply *reply, QObject *parent)
    : QObject(parent)
{
    start(reply);
}

ApiCall::ApiCall(QObject *parent)
    : QObject(parent)
{
}

void ApiCall::start(QNetworkReply *reply, CacheHooks hooks)
{
    m_reply = reply;
    m_cache = std::move(hooks);
    connect(reply, &QNetworkReply::finished, this, &ApiCall::finish);
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        // Qt reports (0, 0) for requests without a body; that is no progress worth showing.
        if (total > 0)
            emit progress(sent, total);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, &ApiCall::progress);
}

void ApiCall::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort(); // finishes the reply; finish() then only cleans up
    else
        deleteLater(); // still looking into the cache: nothing was sent
}

std::optional<ApiResponse> ApiCall::answerFromCache(const ApiResponse &network) const
{
    if (!m_cache.stored)
        return std::nullopt;
    const bool unchanged = network.status == 304;
    if (!unchanged && !serverUnreachable(m_reply, network.status))
        return std::nullopt;
    ApiResponse stored;
    stored.status = 200;
    stored.body = m_cache.stored->body;
    stored.contentType = m_cache.stored->contentType;
    stored.etag = m_cache.stored->etag;
    if (!unchanged)
        stored.offlineAsOf = m_cache.stored->fetchedAt;
    return stored;
}

void ApiCall::finish()
{
    m_reply->deleteLater();
    deleteLater();
    if (m_cancelled)
        return;
    ApiResponse response;
    response.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = m_reply->readAll();
    response.contentType = m_reply->rawHeader("Content-Type");
    response.etag = m_reply->rawHeader("ETag");
    if (const auto stored = answerFromCache(response)) {
        if (response.status == 304 && m_cache.confirm)
            m_cache.confirm();
        if (m_decoder && !m_decoder(*stored)) {
            emit failed(ApiError::unexpectedAnswer(stored->status));
            return;
        }
        emit succeeded(*stored);
        return;
    }
    if (response.status == 304) {
        emit notModified(response);
        return;
    }
    if (m_reply->error() != QNetworkReply::NoError || response.status < 200 || response.status >= 300) {
        emit failed(errorFrom(m_reply, response.json()));
        return;
    }
    if (m_decoder && !m_decoder(response)) {
        emit failed(ApiError::unexpectedAnswer(response.status));
        return;
    }
    if (m_cache.keep)
        m_cache.keep(response);
    emit succeeded(response);
}

ApiClient::ApiClient(QObject *parent, QNetworkAccessManager *network)
    : QObject(parent)
    , m_network(network ? network : new QNetworkAccessManager(this))
{
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<ApiResponse>();
}

void ApiClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

void ApiClient::setResponseCache(cache::ResponseCache *cache)
{
    m_cache = cache;
    ++m_cacheGeneration;
    // Their lookup went to a cache that is no longer the account's: they ask the server alone.
    const auto waiting = std::exchange(m_lookingUp, {});
    for (const auto &lookup : waiting) {
        if (lookup.call && !lookup.call->isStarted())
            lookup.call->start(m_network->get(lookup.request));
    }
}

QString ApiClient::pathSegment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QNetworkRequest ApiClient::request(const QString &path, const RequestOptions &options) const
{
    auto url = m_baseUrl;
    // `path` arrives percent-encoded (ids go through pathSegment()); taken as decoded text,
    // QUrl would encode its '%' once more and "x/y" would reach the server as "x%252Fy".
    auto base = url.path(QUrl::FullyEncoded);
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path, QUrl::TolerantMode);
    if (!options.query.isEmpty()) {
        QUrlQuery urlQuery;
        for (const auto &[key, value] : options.query)
            urlQuery.addQueryItem(key, value);
        url.setQuery(urlQuery);
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(kTransferTimeoutMs);
    // Qt 6's default (NoLessSafeRedirectPolicy) follows a redirect to any other host and sends
    // our headers along, the session token included. Our API never redirects; a redirect off
    // this origin fails (the app shows "answered unexpectedly") instead of leaking the token.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Kundenportal/" KP_VERSION));
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!options.idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", options.idempotencyKey);
    if (!options.ifNoneMatch.isEmpty())
        request.setRawHeader("If-None-Match", options.ifNoneMatch);
    return request;
}

ApiCall *ApiClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                         const QString &contentType, const RequestOptions &options)
{
    auto request = this->request(path, options);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (method == "GET" && m_cache && options.useCache && options.ifNoneMatch.isEmpty())
        return sendCached(request);
    QNetworkReply *reply = nullptr;
    if (method == "GET")
        reply = m_network->get(request);
    else if (method == "DELETE")
        reply = m_network->deleteResource(request);
    else
        reply = m_network->sendCustomRequest(request, method, body);
    auto *call = new ApiCall(reply, this);
    watch(call);
    return call;
}

ApiCall *ApiClient::sendCached(const QNetworkRequest &request)
{
    auto *call = new ApiCall(this);
    watch(call);
    const auto key = cache::ResponseCache::keyFor(request.url());
    m_lookingUp.append({call, request});
    m_cache->lookup(key, call, [this, call, request, key, generation = m_cacheGeneration](auto stored) {
        m_lookingUp.removeIf([call](const Lookup &lookup) { return lookup.call == call; });
        if (call->isStarted() || generation != m_cacheGeneration)
            return; // setResponseCache() sent it already
        CacheHooks hooks;
        auto revalidating = request;
        if (stored && !stored->etag.isEmpty())
            revalidating.setRawHeader("If-None-Match", stored->etag);
        if (stored)
            emit call->storedAnswer({200, stored->body, stored->contentType, stored->etag, {}});
        hooks.stored = std::move(stored);
        hooks.keep = [this, key, generation](const ApiResponse &response) {
            if (generation == m_cacheGeneration)
                m_cache->store(key,
                               {response.body, response.contentType, response.etag, QDateTime::currentDateTimeUtc()});
        };
        hooks.confirm = [this, key, generation] {
            if (generation == m_cacheGeneration)
                m_cache->touch(key, QDateTime::currentDateTimeUtc());
        };
        call->start(m_network->get(revalidating), std::move(hooks));
    });
    return call;
}

void ApiClient::watch(ApiCall *call)
{
    // Connected before any caller's slot, so the session ends (and the offline notice changes)
    // before pages see the answer.
    connect(call, &ApiCall::succeeded, this, [this](const ApiResponse &response) {
        if (response.offlineAsOf.isValid())
            emit servedFromCache(response.offlineAsOf);
        else
            emit serverAnswered();
    });
    connect(call, &ApiCall::notModified, this, &ApiClient::serverAnswered);
    connect(call, &ApiCall::failed, this, [this, token = m_token](const ApiError &error) {
        if (!error.isNetworkError())
            emit serverAnswered();
        // Only the token still in use counts: a late 401 for a token already replaced (a new
        // login) must not end the new session.
        if (!token.isEmpty() && error.is(ErrorCode::Unauthenticated) && token == m_token)
            emit sessionRejected();
    });
}

ApiCall *ApiClient::get(const QString &path, const RequestOptions &options)
{
    return send("GET", path, {}, {}, options);
}

ApiCall *ApiClient::post(const QString &path, const QJsonObject &body, const RequestOptions &options)
{
    return send("POST", path, compact(body), kJson, options);
}

ApiCall *ApiClient::put(const QString &path, const QJsonObject &body, const RequestOptions &options)
{
    return send("PUT", path, compact(body), kJson, options);
}

ApiCall *ApiClient::patch(const QString &path, const QJsonObject &body, const RequestOptions &options)
{
    return send("PATCH", path, compact(body), kJson, options);
}

ApiCall *ApiClient::remove(const QString &path, const RequestOptions &options)
{
    return send("DELETE", path, {}, {}, options);
}

ApiCall *ApiClient::upload(const QByteArray &method, const QString &path, const QByteArray &bytes,
                           const QString &contentType, const RequestOptions &options)
{
    return send(method, path, bytes, contentType, options);
}

ApiCall *ApiClient::uploadFile(const QByteArray &method, const QString &path, const QString &filePath,
                               const QString &contentType, const RequestOptions &options)
{
    auto file = std::make_unique<QFile>(filePath);
    if (!file->open(QIODevice::ReadOnly)) {
        // Reported like any failure, once the caller had the chance to connect.
        auto *call = new ApiCall(this);
        ApiError error;
        error.networkError = file->errorString();
        QTimer::singleShot(0, call, [call, error] {
            emit call->failed(error);
            call->deleteLater();
        });
        return call;
    }
    auto request = this->request(path, options);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setHeader(QNetworkRequest::ContentLengthHeader, file->size());
    auto *reply = m_network->sendCustomRequest(request, method, file.get());
    file.release()->setParent(reply); // read while the reply sends; gone with it
    auto *call = new ApiCall(reply, this);
    watch(call);
    return call;
}

ApiCall *ApiClient::download(const QString &path, const RequestOptions &options)
{
    return send("GET", path, {}, {}, options);
}

} // namespace kp::client
