#pragma once

#include "client/app/TokenStore.h"

namespace kp::client {

// Keeps the session token in the platform's secret store through QtKeychain (Secret Service on
// Linux, Keychain on macOS, Credential Store on Windows). It never writes the token anywhere
// else: without a secret store it reports unavailable() and the session simply lasts as long as
// the app.
class KeychainTokenStore : public TokenStore {
    Q_OBJECT

public:
    explicit KeychainTokenStore(QString service = QStringLiteral("Kundenportal"), QObject *parent = nullptr);

    void load(const QString &server) override;
    void save(const QString &server, const QString &token) override;
    void remove(const QString &server) override;
    bool isAvailable() const override { return m_available; }

private:
    void markUnavailable(const QString &reason);

    QString m_service;
    bool m_available = true;
};

} // namespace kp::client
