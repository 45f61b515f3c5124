#include "client/app/OfflineSync.h"

#include "client/api/ApiClient.h"
#include "client/app/Session.h"

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
    connect(&session, &Session::stateChanged, this, [this](Session::State state) {
        // A demo session (screenshots) has no token and no cache.
        if (state == Session::State::Active && m_api.hasToken())
            open(m_session.account().id);
        else if (state == Session::State::LoggedOut)
            close();
    });
}

void OfflineSync::open(const QString &accountId)
{
    if (m_cache && m_cache->property("accountId").toString() == accountId)
        return;
    close();
    m_cache = std::make_unique<cache::AccountCache>(
        m_api.baseUrl(), accountId,
        [this](const cache::OutboxEntry &entry, const std::function<void(cache::OutboxResult)> &done) {
            send(entry, done);
        });
    m_cache->setProperty("accountId", accountId);
    auto &sender = m_cache->sender();
    connect(&sender, &cache::OutboxSender::entrySent, this,
            [this](const cache::OutboxEntry &entry) { emit changeSent(entry.label); });
    connect(&sender, &cache::OutboxSender::entryFailed, this,
            [this](const cache::OutboxEntry &entry, const QString &error) { emit changeFailed(entry.label, error); });
    connect(&sender, &cache::OutboxSender::drained, &m_probe, &QTimer::stop);
    // Changes kept from a previous run go as soon as the server answers.
    sender.setServerReachable(true);
}

void OfflineSync::close()
{
    m_probe.stop();
    if (!m_cache)
        return;
    // Logging out (or a session ended elsewhere) deletes the account's cache: the next person at
    // this computer must not find the last one's data in it.
    auto *cache = m_cache.release();
    cache->removeFromDisk(this, [cache](bool) { cache->deleteLater(); });
}

void OfflineSync::queue(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &label)
{
    if (!m_cache)
        return;
    cache::OutboxChange change;
    change.method = method;
    change.path = path;
    change.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    change.label = label;
    m_cache->outbox().enqueue(change);
    m_cache->sender().setServerReachable(false);
    m_probe.start();
    emit changeQueued(label);
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
        if (error.isNetworkError() && m_cache) {
            m_cache->sender().setServerReachable(false);
            m_probe.start();
        }
    });
}

void OfflineSync::probe()
{
    if (!m_cache)
        return;
    // Any answer of the server's, whatever it says, means it can be reached again.
    connect(m_api.get(QStringLiteral("/healthz")), &ApiCall::succeeded, this, [this] {
        if (m_cache)
            m_cache->sender().setServerReachable(true);
    });
}

} // namespace kp::client
