#pragma once

#include "client/cache/AccountCache.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace kp::client {

class ApiClient;
class Session;

// The signed-in account's local cache and outbox, for as long as the session lasts: opened when
// a session becomes active, deleted from disk when it ends. Pages hand it the changes they could
// not send (queue()); it sends them in order, once, with their Idempotency-Key, as soon as the
// server answers again (it asks /healthz every few seconds while changes wait), and says how
// each one went.
class OfflineSync : public QObject {
    Q_OBJECT

public:
    OfflineSync(Session &session, ApiClient &api, QObject *parent = nullptr);

    // Keeps a change to send later; `label` names it for the user ("Profile change").
    void queue(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &label);
    // True while a session is active (there is an account to keep changes for).
    bool isOpen() const { return m_cache != nullptr; }

signals:
    void changeQueued(const QString &label);
    void changeSent(const QString &label);
    void changeFailed(const QString &label, const QString &error);

private:
    void open(const QString &accountId);
    void close();
    void send(const cache::OutboxEntry &entry, const std::function<void(cache::OutboxResult)> &done);
    void probe();

    Session &m_session;
    ApiClient &m_api;
    std::unique_ptr<cache::AccountCache> m_cache;
    QTimer m_probe;
};

} // namespace kp::client
