#pragma once

#include "client/api/ApiError.h"
#include "shared/Account.h"

#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace kp::client {

// One request in flight. Emits exactly one of succeeded()/failed() and then deletes itself;
// connect to it right after the ApiClient call returned it. Destroying the receiver first is
// safe (Qt disconnects).
class ApiCall : public QObject {
    Q_OBJECT

public:
    explicit ApiCall(QNetworkReply *reply);

signals:
    void succeeded(const QJsonObject &body);
    void failed(const kp::client::ApiError &error);

private:
    void finish();
    QNetworkReply *m_reply;
};

// The app's only way to the server (API.md). Asynchronous: nothing here waits, so the GUI thread
// never blocks on the network. Owns one QNetworkAccessManager; the session token, once set, goes
// with every request.
class ApiClient : public QObject {
    Q_OBJECT

public:
    explicit ApiClient(QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }

    struct RegistrationForm {
        QString email;
        QString password;
        QString name;
        QString company;
        QString phone;
        QString username;
        QString referralCode;
    };
    ApiCall *registerAccount(const RegistrationForm &form);
    ApiCall *login(const QString &login, const QString &password);
    ApiCall *logout();
    ApiCall *me();

    ApiCall *accounts(AccountStatus status, const QString &cursor = {});
    ApiCall *approve(const QString &accountId);
    ApiCall *reject(const QString &accountId, const QString &reason);

private:
    ApiCall *get(const QString &path, const QList<std::pair<QString, QString>> &query = {});
    ApiCall *post(const QString &path, const QJsonObject &body);
    QNetworkRequest request(const QString &path, const QList<std::pair<QString, QString>> &query = {}) const;

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_token;
};

} // namespace kp::client

Q_DECLARE_METATYPE(kp::client::ApiError)
