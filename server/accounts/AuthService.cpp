#include "server/accounts/AuthService.h"

#include "server/config/ServerConfig.h"
#include "server/core/DomainError.h"
#include "server/db/Database.h"
#include "server/security/AddressBucket.h"
#include "server/security/PasswordHasher.h"
#include "server/security/Tokens.h"
#include "shared/Validation.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAuth, "kp.auth")

namespace kp::server {

namespace v = validation;

// The landing page's click ids are 22 characters; the contract leaves room.
constexpr int kReferralClickMax = 64;

struct AuthService::Validated {
    NewAccount account;
    QString password;
    std::optional<QString> partnerId; // the owner of the given referral code
    QString referralClick;
};

AuthService::AuthService(Database &database, AccountStore &accounts, SessionStore &sessions, PasswordHasher &hasher,
                         const ServerConfig &config)
    : m_database(database)
    , m_accounts(accounts)
    , m_sessions(sessions)
    , m_hasher(hasher)
    , m_sessionTtlDays(config.sessionTtlDays)
    , m_loginThrottle(LoginThrottle::Limits {config.loginMaxFailures, config.ipMaxFailures, config.ipMaxAttempts,
                                             config.loginWindowS, config.accountSlowAfterFailures,
                                             config.accountSlowIntervalS})
    , m_registrations(config.registerPerHour, 3600)
{
}

AuthService::Validated AuthService::validate(const Registration &registration)
{
    QMap<QString, QString> problems;
    const auto check = [&problems](const char *field, const v::Problem &problem) {
        if (problem)
            problems.insert(QLatin1String(field), *problem);
    };
    Validated result;
    auto &account = result.account;
    account.email = v::normalizeEmail(registration.email);
    check("email", v::checkEmail(account.email));
    check("password", v::checkPassword(registration.password));
    result.password = registration.password;
    account.name = v::normalizeText(registration.name);
    check("name", v::checkDisplayText(account.name, v::limits::nameMax));
    account.company = v::normalizeText(registration.company);
    check("company", v::checkDisplayText(account.company, v::limits::companyMax));
    if (registration.phone && !registration.phone->trimmed().isEmpty()) {
        const auto phone = v::checkPhone(*registration.phone);
        check("phone", phone.problem);
        account.phone = phone.e164;
    }
    if (registration.username && !registration.username->trimmed().isEmpty()) {
        account.username = registration.username->trimmed().toLower();
        check("username", v::checkUsername(*account.username));
    }
    if (registration.referralSource && !registration.referralSource->trimmed().isEmpty()) {
        account.referralSource = v::normalizeText(*registration.referralSource);
        check("referral_source", v::checkDisplayText(*account.referralSource, v::limits::referralSourceMax));
    }
    if (registration.referralCode && !registration.referralCode->trimmed().isEmpty()) {
        const auto code = registration.referralCode->trimmed();
        if (const auto problem = v::checkReferralCode(code)) {
            check("referral_code", problem);
        } else {
            result.partnerId = m_accounts.idForReferralCode(code);
            if (!result.partnerId)
                check("referral_code", v::problem::unknown);
        }
    }
    // Only ever looked up, never shown: a wrong or foreign click id is no evidence, not an error.
    if (registration.referralClick) {
        result.referralClick = registration.referralClick->trimmed();
        if (result.referralClick.size() > kReferralClickMax)
            check("referral_click", v::problem::tooLong);
    }
    if (!problems.isEmpty())
        throw DomainError::validation(problems);
    return result;
}

NewAccount AuthService::withPasswordHash(const Validated &validated, AccountRole role, AccountStatus status,
                                         const QString &requester)
{
    auto account = validated.account;
    account.role = role;
    account.status = status;
    account.passwordHash = m_hasher.hash(validated.password, requester);
    return account;
}

Account AuthService::insert(const Validated &validated, const NewAccount &account, const QString &clientIp)
{
    WriteTransaction transaction(m_database.connection());
    auto result = m_accounts.insert(account);
    if (!result.account)
        throw DomainError(ErrorCode::Conflict,
                          QStringLiteral("An account with this %1 exists already.").arg(result.takenField),
                          {{result.takenField, v::problem::taken}});
    if (validated.partnerId && m_referrals)
        m_referrals->attribute(*result.account, {*validated.partnerId, validated.referralClick, clientIp});
    transaction.commit();
    return *result.account;
}

IssuedSession AuthService::registerAccount(const Registration &registration, const QString &clientIp)
{
    const auto bucket = addressBucket(clientIp);
    if (const int wait = m_registrations.acquire(bucket))
        throw DomainError::rateLimited(wait);
    // The slow hash comes before the write lock: other writers wait for the lock, never for it.
    const auto validated = validate(registration);
    const auto account = withPasswordHash(validated, AccountRole::Customer, AccountStatus::Pending, bucket);
    // Account, partner and session together or none of them: a client must never be left with
    // an account it holds no token for (a retry would only hear "email taken").
    WriteTransaction transaction(m_database.connection());
    const auto inserted = insert(validated, account, clientIp);
    const auto session = m_sessions.create(inserted.id, m_sessionTtlDays);
    transaction.commit();
    qCInfo(lcAuth) << "registered account" << inserted.id << "awaiting approval";
    return {session.token, session.expiresAt, inserted};
}

IssuedSession AuthService::login(const QString &login, const QString &password, const QString &clientIp)
{
    const auto loginKey = login.contains(QLatin1Char('@')) ? v::normalizeEmail(login) : login.trimmed().toLower();
    const auto credentials = m_accounts.findCredentials(loginKey);
    // An account is throttled as one, whether it is named by email or user name.
    auto attempt = m_loginThrottle.admit(credentials ? QStringLiteral("account:") + credentials->account.id
                                                     : QStringLiteral("login:") + loginKey,
                                         clientIp);
    const auto requester = addressBucket(clientIp);
    const bool passwordMatches = credentials ? m_hasher.verify(credentials->passwordHash, password, requester)
                                             : (m_hasher.burnVerify(password, requester), false);
    if (!passwordMatches) {
        attempt.failed();
        throw DomainError(ErrorCode::InvalidCredentials, QStringLiteral("Login name or password is wrong."));
    }
    const auto &account = credentials->account;
    // A right password for an account that may not log in still cost a hash: it counts.
    if (account.status == AccountStatus::Pending) {
        attempt.failed();
        throw DomainError(ErrorCode::PendingApproval, QStringLiteral("The account awaits approval by the agency."));
    }
    if (account.status == AccountStatus::Rejected) {
        attempt.failed();
        throw DomainError(ErrorCode::Rejected, QStringLiteral("The registration was rejected."))
            .withDetail(QStringLiteral("reason"), account.rejectionReason);
    }
    // Hashes made under older, weaker settings are renewed while the password is at hand.
    if (m_hasher.needsRehash(credentials->passwordHash))
        m_accounts.updatePasswordHash(account.id, m_hasher.hash(password, requester));
    const auto session = m_sessions.create(account.id, m_sessionTtlDays);
    attempt.succeeded();
    return {session.token, session.expiresAt, account};
}

void AuthService::logout(const QString &tokenHash)
{
    m_sessions.revoke(tokenHash);
}

void AuthService::logoutOthers(const AuthenticatedSession &session)
{
    const int ended = m_sessions.revokeOthers(session.account.id, session.tokenHash);
    qCInfo(lcAuth) << "account" << session.account.id << "ended" << ended << "other sessions";
}

void AuthService::changePassword(const AuthenticatedSession &session, const QString &currentPassword,
                                 const QString &newPassword, const QString &clientIp)
{
    if (const auto problem = v::checkPassword(newPassword))
        throw DomainError::validation({{QStringLiteral("new_password"), *problem}});
    const auto &account = session.account;
    const auto credentials = m_accounts.findCredentials(account.email);
    if (!credentials || credentials->account.id != account.id)
        throw DomainError(ErrorCode::Unauthenticated, QStringLiteral("Log in to continue."));
    // A stolen session must not become a free password oracle: the same limits as a login.
    auto attempt = m_loginThrottle.admit(QStringLiteral("account:") + account.id, clientIp);
    const auto requester = addressBucket(clientIp);
    if (!m_hasher.verify(credentials->passwordHash, currentPassword, requester)) {
        attempt.failed();
        throw DomainError(ErrorCode::InvalidCredentials, QStringLiteral("The current password is wrong."),
                          {{QStringLiteral("current_password"), v::problem::invalid}});
    }
    attempt.succeeded();
    const auto newHash = m_hasher.hash(newPassword, requester);
    // The new password and the end of the other sessions are one change: a session opened
    // with the old password must not survive it.
    WriteTransaction transaction(m_database.connection());
    m_accounts.updatePasswordHash(account.id, newHash);
    const int ended = m_sessions.revokeOthers(account.id, session.tokenHash);
    transaction.commit();
    qCInfo(lcAuth) << "account" << account.id << "changed its password;" << ended << "other sessions ended";
}

std::optional<AuthenticatedSession> AuthService::authenticate(const QString &bearerToken)
{
    // A token is 43 base64url characters; anything far off is not worth a database query.
    if (bearerToken.size() > 128)
        return std::nullopt;
    const auto tokenHash = tokens::hashToken(bearerToken);
    // Session and account in one snapshot: consistent, and one lock round trip for both reads.
    ReadTransaction snapshot(m_database.connection());
    const auto accountId = m_sessions.accountIdFor(tokenHash);
    if (!accountId)
        return std::nullopt;
    auto account = m_accounts.findById(*accountId);
    if (!account)
        return std::nullopt;
    return AuthenticatedSession {std::move(*account), tokenHash};
}

Account AuthService::createApprovedAccount(const Registration &registration, AccountRole role)
{
    const auto validated = validate(registration);
    return insert(validated, withPasswordHash(validated, role, AccountStatus::Approved, QStringLiteral("local")),
                  QStringLiteral("local"));
}

} // namespace kp::server
