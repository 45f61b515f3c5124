#pragma once

#include "server/accounts/AccountStore.h"
#include "server/accounts/ReferralAttribution.h"
#include "server/accounts/SessionStore.h"
#include "server/core/Authenticator.h"
#include "server/security/LoginThrottle.h"
#include "server/security/RateLimiter.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace kp::server {

class Database;
class PasswordHasher;
struct ServerConfig;

// What a registration form sends, as typed; AuthService validates and normalises it.
struct Registration {
    QString email;
    QString password;
    QString name;
    QString company;
    std::optional<QString> phone;
    std::optional<QString> username;
    std::optional<QString> referralCode;
    std::optional<QString> referralClick; // the click id of the partner link's landing page
    std::optional<QString> referralSource;
};

struct IssuedSession {
    QString token;
    QDateTime expiresAt;
    Account account;
};

// Registration, login, logout and token checks: the rules of API.md "Accounts and sessions".
class AuthService : public Authenticator {
public:
    AuthService(Database &database, AccountStore &accounts, SessionStore &sessions, PasswordHasher &hasher,
                const ServerConfig &config);

    // A new pending account plus a session that may only read its own status (the client
    // polls /me with it until an admin decides).
    IssuedSession registerAccount(const Registration &registration, const QString &clientIp);
    IssuedSession login(const QString &login, const QString &password, const QString &clientIp);
    void logout(const QString &tokenHash);
    // "Log out on all other devices": every other session of the account ends, this one stays.
    void logoutOthers(const AuthenticatedSession &session);

    // Checks the current password as a login does (throttled, every failure counted), stores the
    // new one and ends every other session of the account; the calling one stays.
    void changePassword(const AuthenticatedSession &session, const QString &currentPassword, const QString &newPassword,
                        const QString &clientIp);

    std::optional<AuthenticatedSession> authenticate(const QString &bearerToken) override;

    // For `--create-admin` and the demo data: an approved account with the given role.
    Account createApprovedAccount(const Registration &registration, AccountRole role);

    // Set once at start-up by the referrals module, before the server takes requests.
    void setReferralAttribution(ReferralAttribution *attribution) { m_referrals = attribution; }

private:
    struct Validated;
    Validated validate(const Registration &registration);
    NewAccount withPasswordHash(const Validated &validated, AccountRole role, AccountStatus status,
                                const QString &requester);
    // The account, and its partner when the registration named one, in the caller's transaction.
    Account insert(const Validated &validated, const NewAccount &account, const QString &clientIp);

    Database &m_database;
    AccountStore &m_accounts;
    SessionStore &m_sessions;
    PasswordHasher &m_hasher;
    int m_sessionTtlDays;
    LoginThrottle m_loginThrottle;
    RateLimiter m_registrations; // per address bucket
    ReferralAttribution *m_referrals = nullptr;
};

} // namespace kp::server
