#pragma once

#include "client/app/Session.h"
#include "client/cache/AccountCache.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace kp::client {

class ApiClient;

// The signed-in account's local cache and outbox, for as long as the session lasts. Opened when
// a session becomes active, or at a start with a stored session before the server is asked (so
// the app can start offline from the cache); the ApiClient then sends every GET through it.
// Deleted from disk when the user logs out; when the server ends the session, only unsent changes
// stay (for the same account's next login). Pages hand it the changes they could not send
// (queue()); it sends them in order, once, with their Idempotency-Key, and says how each one went.
// While the server cannot be reached it asks /healthz every few seconds, and says reconnected()
// when it answers again, at most once per probe interval: when one route fails at the network
// level while others answer, reloading on every answer would ask again at once, without end.
class OfflineSync : public QObject {
    Q_OBJECT

public:
    OfflineSync(Session &session, ApiClient &api, QObject *parent = nullptr);

    // Keeps a change to send later; `label` names it for the user ("Profile change").
    // `idempotencyKey`: the key of a first attempt that got no answer, so the change counts once
    // should that attempt have arrived after all; empty: a new key.
    void queue(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &label,
               const QByteArray &idempotencyKey = {});
    // True while a session is active (there is an account to keep changes for).
    bool isOpen() const { return m_cache != nullptr; }
    // True from an answer out of the cache (or a change that could not be sent) until the server
    // answers again.
    bool isOffline() const { return m_offline; }
    // `done` gets how many changes wait to be sent (0 without a session).
    void countUnsent(QObject *context, const std::function<void(int)> &done);
    // The JSON bodies of the changes to `method` `path` still waiting to be sent, oldest first
    // (none without a session): a page shows them over the older answer it loaded, also after a
    // restart. Changes the server refused for good are not among them.
    void waitingBodies(const QByteArray &method, const QString &path, QObject *context,
                       const std::function<void(const QList<QJsonObject> &)> &done);

signals:
    void changeQueued(const QString &label);
    void changeSent(const QString &label);
    void changeFailed(const QString &label, const QString &error);
    // The server answers again after the app was offline: pages reload what they show.
    void reconnected();

private:
    // What of the account's cache stays on disk when it is closed.
    enum class Keep {
        Everything,    // a start whose session the server could not confirm: tried again next start
        UnsentChanges, // the server ended the session: the user's changes wait for their next login
        Nothing,       // the user logged out
    };
    void open(const QString &accountId);
    void close(Keep keep);
    void send(const cache::OutboxEntry &entry, const std::function<void(cache::OutboxResult)> &done);
    void goOffline();
    void probe();
    void serverAnswered();
    void announceReconnected();

    Session &m_session;
    ApiClient &m_api;
    std::unique_ptr<cache::AccountCache> m_cache;
    QString m_accountId; // whose cache is open
    bool m_offline = false;
    QTimer m_probe;
    QElapsedTimer m_sinceReconnected; // since the last reconnected()
    QTimer m_heldReconnect;           // a reconnected() that came too soon after the last one
};

} // namespace kp::client
