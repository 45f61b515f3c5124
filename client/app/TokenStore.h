#pragma once

#include <QObject>
#include <QString>

namespace kp::client {

// Where the session token survives a restart, one entry per server address. The app uses the
// platform's secret store (KeychainTokenStore); client tests use an in-memory one. Every call
// answers asynchronously through the signals, as a secret store does.
class TokenStore : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    // Answers with loaded(token); an empty token when none is stored or the store is missing.
    virtual void load(const QString &server) = 0;
    virtual void save(const QString &server, const QString &token) = 0;
    virtual void remove(const QString &server) = 0;
    // False once the store turned out unusable: the session then lasts as long as the app.
    virtual bool isAvailable() const = 0;

signals:
    void loaded(const QString &token);
    void saved();
    void removed();
    // The store cannot be used; `reason` is a description for the log.
    void unavailable(const QString &reason);
};

} // namespace kp::client
