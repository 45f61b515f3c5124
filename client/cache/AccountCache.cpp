#include "client/cache/AccountCache.h"

namespace kp::client::cache {

AccountCache::AccountCache(const QUrl &server, const QString &accountId, OutboxSendFunction send, QObject *parent)
    : QObject(parent)
    , m_database(server, accountId)
    , m_responses(m_database)
    , m_outbox(m_database)
    , m_sender(m_outbox, std::move(send))
{
}

void AccountCache::removeFromDisk(QObject *context, std::function<void(bool)> done)
{
    m_sender.setServerReachable(false);
    m_database.remove(context, std::move(done));
}

} // namespace kp::client::cache
