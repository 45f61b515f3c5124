#include "client/app/OfflineSync.h"

#include "client/api/ApiClient.h"

#include <QJsonDocument>

namespace kp::client {

namespace {
constexpr int kProbeIntervalMs = 3000;
}

OfflineSync::OfflineSync(Session &session, ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_api(api)
{
    m_probe.setInterval(kProbeIntervalMs);
    connect(&m_probe, &QTimer::timeout, this, &OfflineSync::probe);
    m_heldReconnect.setSingleShot(true);
    connect(&m_heldReconnect, &QTimer::timeout, this, [this] {
        if (!m_offline)
            announceReconnected();
    });
    connect(&session, &Session::storedSessionFound, this, &OfflineSync::open);
    connect(&session, &Session::stateChanged, this, [this](Session::State state) {
        // A demo session (screenshots) has no token and no cache.
        if (state == Session::State::Active && m_api.hasToken())
            open(m_session.account().id);
        else if (state != Session::State::Active && state != Session::State::Restoring)
            close(Keep::Everything);
    });
    connect(&session, &Session::ending, this, [this](Session::Ending how) {
        close(how == Session::Ending::LoggedOut ? Keep::Nothing : Keep::UnsentChanges);
    });
    connect(&api, &ApiClient::servedFromCache, this, &OfflineSync::goOffline);
    connect(&api, &ApiClient::serverAnswered, this, &OfflineSync::serverAnswered);
}

void OfflineSync::serverAnswered()
{
    if (!m_offline)
        return;
    m_offline = false;
    if (m_cache)
        m_cache->sender().setServerReachable(true);
    announceReconnected();
}

void OfflineSync::announceReconnected()
{
    const auto sinceLast = m_sinceReconnected.isValid() ? m_sinceReconnected.elapsed() : kProbeIntervalMs;
    if (sinceLast < kProbeIntervalMs) {
        // Once the interval is over, unless the app is offline again by then: the next answer
        // announces it.
        if (!m_heldReconnect.isActive())
            m_heldReconnect.start(int(kProbeIntervalMs - sinceLast));
        return;
    }
    m_sinceReconnected.start();
    emit reconnected();
}

void OfflineSync::open(const QString &accountId)
{
    if (m_cache && m_accountId == accountId)
        return;
    // Another account's cache (a stored session that named someone else): not this one's to keep.
    close(Keep::Everything);
    m_accountId = accountId;
    m_cache = std::make_unique<cache::AccountCache>(
        m_api.baseUrl(), accountId,
        [this](const cache::OutboxEntry &entry, const std::function<void(cache::OutboxResult)> &done) {
            send(entry, done);
        });
    m_api.setResponseCache(&m_cache->responses());
    auto &sender = m_cache->sender();
    connect(&sender, &cache::OutboxSender::entrySent, this,
            [this](const cache::OutboxEntry &entry) { emit changeSent(entry.label); });
    connect(&sender, &cache::OutboxSender::entryFailed, this,
            [this](const cache::OutboxEntry &entry, const QString &error) { emit changeFailed(entry.label, error); });
    connect(&sender, &cache::OutboxSender::drained, this, [this] {
        if (!m_offline)
            m_probe.stop();
    });
    // Changes kept from a previous run go as soon as the server answers.
    sender.setServerReachable(!m_offline);
}

void OfflineSync::close(Keep keep)
{
    if (!m_cache)
        return;
    m_api.setResponseCache(nullptr);
    auto *cache = m_cache.release();
    m_accountId.clear();
    switch (keep) {
    case Keep::Everything:
        cache->deleteLater();
        break;
    case Keep::Nothing:
        // The next person at this computer must not find the last one's data.
        cache->removeFromDisk(this, [cache](bool) { cache->deleteLater(); });
        break;
    case Keep::UnsentChanges:
        cache->responses().clear();
        cache->outbox().unsent(this, [this, cache](const QList<cache::OutboxEntry> &unsent) {
            if (unsent.isEmpty())
                cache->removeFromDisk(this, [cache](bool) { cache->deleteLater(); });
            else
                cache->deleteLater();
        });
        break;
    }
}

void OfflineSync::countUnsent(QObject *context, const std::function<void(int)> &done)
{
    if (!m_cache) {
        done(0);
        return;
    }
    m_cache->outbox().unsent(
        context, [done](const QList<cache::OutboxEntry> &unsent) { done(static_cast<int>(unsent.size())); });
}

void OfflineSync::waitingBodies(const QByteArray &method, const QString &path, QObject *context,
                                const std::function<void(const QList<QJsonObject> &)> &done)
{
    if (!m_cache) {
        done({});
        return;
    }
    m_cache->outbox().unsent(context, [method, path, done](const QList<cache::OutboxEntry> &unsent) {
        QList<QJsonObject> bodies;
        for (const auto &entry : unsent) {
            if (entry.state != cache::OutboxEntry::State::Failed && entry.method == method && entry.path == path)
                bodies.append(QJsonDocument::fromJson(entry.body).object());
        }
        done(bodies);
    });
}

void OfflineSync::queue(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &label,
                        const QByteArray &idempotencyKey)
{
    if (!m_cache)
        return;
    cache::OutboxChange change;
    change.method = method;
    change.path = path;
    change.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    change.label = label;
    change.idempotencyKey = QString::fromLatin1(idempotencyKey);
    m_cache->outbox().enqueue(change);
    goOffline();
    emit changeQueued(label);
}

void OfflineSync::goOffline()
{
    m_offline = true;
    if (m_cache)
        m_cache->sender().setServerReachable(false);
    if (!m_probe.isActive())
        m_probe.start();
}

void OfflineSync::send(const cache::OutboxEntry &entry, const std::function<void(cache::OutboxResult)> &done)
{
    RequestOptions options;
    options.idempotencyKey = entry.idempotencyKey.toUtf8();
    const auto body = QJsonDocument::fromJson(entry.body).object();
    ApiCall *call = nullptr;
    if (entry.method == "PATCH")
        call = m_api.patch(entry.path, body, options);
    else if (entry.method == "PUT")
        call = m_api.put(entry.path, body, options);
    else
        call = m_api.post(entry.path, body, options);
    connect(call, &ApiCall::succeeded, this,
            [done](const ApiResponse &response) { done(cache::OutboxResult::fromHttpStatus(response.status)); });
    connect(call, &ApiCall::failed, this, [this, done](const ApiError &error) {
        done(cache::OutboxResult::fromHttpStatus(error.httpStatus, error.message(), error.retryAfterSeconds));
        if (error.isNetworkError())
            goOffline();
    });
}

void OfflineSync::probe()
{
    if (!m_offline) {
        m_probe.stop();
        return;
    }
    // Any answer of the server's, whatever it says, is ApiClient::serverAnswered().
    RequestOptions live;
    live.useCache = false;
    m_api.get(QStringLiteral("/healthz"), live);
}

} // namespace kp::client
