#pragma once

#include <QObject>
#include <QString>

namespace kp::client {

// Keeps the session token in the platform's secret store through QtKeychain (Secret Service on
// Linux, Keychain on macOS, Credential Store on Windows), one entry per server address. It never
// writes the token anywhere else: without a secret store it reports unavailable() and the
// session simply lasts as long as the app. All calls are asynchronous.
class TokenStore : public QObject {
    Q_OBJECT

public:
    explicit TokenStore(QString service = QStringLiteral("Kundenportal"), QObject *parent = nullptr);

    // Answers with loaded(token); an empty token when none is stored or the store is missing.
    void load(const QString &server);
    void save(const QString &server, const QString &token);
    void remove(const QString &server);

    bool isAvailable() const { return m_available; }

signals:
    void loaded(const QString &token);
    void saved();
    void removed();
    // The secret store cannot be used; `reason` is QtKeychain's description, for the log.
    void unavailable(const QString &reason);

private:
    void markUnavailable(const QString &reason);

    QString m_service;
    bool m_available = true;
};

} // namespace kp::client
