#include "MemoryTokenStore.h"

#include <QTimer>

void MemoryTokenStore::load(const QString &server)
{
    QTimer::singleShot(0, this, [this, server] { emit loaded(m_available ? tokens.value(server) : QString()); });
}

void MemoryTokenStore::save(const QString &server, const QString &token)
{
    QTimer::singleShot(0, this, [this, server, token] {
        if (!m_available) {
            emit unavailable(QStringLiteral("no secret store in this test"));
            return;
        }
        tokens.insert(server, token);
        emit saved();
    });
}

void MemoryTokenStore::remove(const QString &server)
{
    // Removed at once, like the keychain job that is started at once; the signal follows later.
    tokens.remove(server);
    QTimer::singleShot(0, this, [this] { emit removed(); });
}
