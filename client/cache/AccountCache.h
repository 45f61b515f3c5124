#pragma once

#include "client/cache/CacheDatabase.h"
#include "client/cache/Outbox.h"
#include "client/cache/OutboxSender.h"
#include "client/cache/ResponseCache.h"

#include <QObject>

namespace kp::client::cache {

// Everything the app keeps locally for the logged-in account, in one object the session creates at
// login (or at a start with a stored session) and drops at logout: the file, the GET answers, the
// outbox and its sender. The data layer gives it the function that sends one outbox entry.
class AccountCache : public QObject {
    Q_OBJECT

public:
    AccountCache(const QUrl &server, const QString &accountId, OutboxSendFunction send, QObject *parent = nullptr);

    CacheDatabase &database() { return m_database; }
    ResponseCache &responses() { return m_responses; }
    Outbox &outbox() { return m_outbox; }
    OutboxSender &sender() { return m_sender; }

    // Logging out: stops sending and deletes the account's file (after the jobs queued before).
    // Unsent changes go with it; the caller asks the user first when outbox().unsent() is not
    // empty. `done` gets whether the files are gone; delete this object afterwards.
    void removeFromDisk(QObject *context = nullptr, std::function<void(bool)> done = {});

private:
    CacheDatabase m_database;
    ResponseCache m_responses;
    Outbox m_outbox;
    OutboxSender m_sender;
};

} // namespace kp::client::cache
