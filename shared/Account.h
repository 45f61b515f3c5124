#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace kp {

enum class AccountRole { Customer, Admin };
enum class AccountStatus { Pending, Approved, Rejected };

QString roleName(AccountRole role);
std::optional<AccountRole> roleFromName(const QString &name);
QString statusName(AccountStatus status);
std::optional<AccountStatus> statusFromName(const QString &name);

// Where an account stands in its onboarding (API.md "GET /api/v1/me": `onboarding`), filled in
// by the server's onboarding module; absent on an account read from the database alone.
struct AccountOnboarding {
    bool checklistComplete = false; // also true while no checklist is published, and for admins
    QDateTime checklistCompletedAt; // invalid: not completed (or nothing to complete)
    // The customer's required items answered validly, of all required items (customers only).
    int requiredAnswered = 0;
    int requiredTotal = 0;
    // Filled by the videos module: every published required video understood (also true while
    // there is none, and for admins), and how many of them are.
    bool videosComplete = true;
    int videosRequiredUnderstood = 0;
    int videosRequiredTotal = 0;

    // Filled by the roadmap module: the id of the customer's current stage ("Ihr Weg"); empty for
    // admins, when every stage is done and while none is published.
    QString stage = {};

    int videosRequiredLeft() const { return videosRequiredTotal - videosRequiredUnderstood; }

    QJsonObject toJson() const;
    static AccountOnboarding fromJson(const QJsonObject &json);
    bool operator==(const AccountOnboarding &) const = default;
};

// An account as the API shows it (API.md "GET /api/v1/me"); the password hash never is part of it.
struct Account {
    QString id;
    QString email;
    QString username; // empty: not chosen yet
    QString name;
    QString company;
    QString phone; // E.164 or empty
    AccountRole role = AccountRole::Customer;
    AccountStatus status = AccountStatus::Pending;
    QString rejectionReason; // set when status is Rejected
    QString referralCode;    // the account's own code for the partner program
    QString referredByCode;  // the partner code given at registration, or empty
    QString referredByName;  // the referring account's name, or empty
    QString referralSource;  // where the customer says they heard of us, or empty
    QDateTime createdAt;
    QDateTime decidedAt;   // approval or rejection instant, invalid while pending
    QString avatarVersion; // the stored picture's hash; empty: no picture
    std::optional<AccountOnboarding> onboarding;

    // "/api/v1/accounts/{id}/avatar?v=…", a new URL for each new picture (so caches need no
    // revalidation), or empty.
    QString avatarPath() const;

    bool isAdmin() const { return role == AccountRole::Admin; }
    // Intercom needs one stable id per user; the account id is exactly that.
    QString intercomUserId() const { return id; }

    QJsonObject toJson() const;
    static std::optional<Account> fromJson(const QJsonObject &json);
};

// RFC 3339 UTC with second precision, the API's instant format.
QString toApiInstant(const QDateTime &instant);
QDateTime fromApiInstant(const QString &text);
// The same with milliseconds, for stored instants compared as text, where sub-second order
// matters (a retry 1.5 s ahead, two clicks within one second).
QString toInstantWithMs(const QDateTime &instant);

} // namespace kp
