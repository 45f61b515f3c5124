#pragma once

#include "client/api/Reply.h"
#include "shared/Account.h"

namespace kp::client {

// A session the server handed out (login or registration).
struct SessionGrant {
    QString token;
    QDateTime expiresAt;
    Account account;

    static std::optional<SessionGrant> fromJson(const QJsonObject &json);
};

// Registration, login, logout and "who am I" (API.md "Accounts and sessions").
class AuthApi {
public:
    explicit AuthApi(ApiClient &api)
        : m_api(api)
    {
    }

    struct RegistrationForm {
        QString email;
        QString password;
        QString name;
        QString company;
        QString phone;
        QString username;
        QString referralCode;
        // The partner link's click (AppLink), sent only with the code it came with.
        QString referralClick;
    };
    Reply<SessionGrant> registerAccount(const RegistrationForm &form);
    Reply<SessionGrant> login(const QString &login, const QString &password);
    Reply<NoContent> logout();
    Reply<Account> me();

private:
    ApiClient &m_api;
};

} // namespace kp::client
