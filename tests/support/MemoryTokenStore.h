#pragma once

#include "client/app/TokenStore.h"

#include <QMap>

// The TokenStore of client tests that are not about the secret store: tokens in memory, answers
// asynchronous like the keychain's. `setAvailable(false)` plays a desktop without a secret store.
class MemoryTokenStore : public kp::client::TokenStore {
    Q_OBJECT

public:
    using TokenStore::TokenStore;

    void load(const QString &server) override;
    void save(const QString &server, const QString &token) override;
    void remove(const QString &server) override;
    bool isAvailable() const override { return m_available; }

    void setAvailable(bool available) { m_available = available; }
    QMap<QString, QString> tokens; // server → token; tests may preset or read it

private:
    bool m_available = true;
};
