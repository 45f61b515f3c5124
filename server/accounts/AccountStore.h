#pragma once

#include "server/security/Clock.h"
#include "shared/Account.h"

#include <QList>
#include <QString>

#include <optional>

namespace kp::server {

class Database;

struct NewAccount {
    QString email; // normalised
    std::optional<QString> username;
    QString name;
    QString company;
    std::optional<QString> phone; // E.164
    QString passwordHash;
    AccountRole role = AccountRole::Customer;
    AccountStatus status = AccountStatus::Pending;
    std::optional<QString> referralSource;
};

// A profile edit as validated and normalised; std::nullopt leaves the column as it is, an
// empty username or phone clears it.
struct ProfileChange {
    std::optional<QString> email;
    std::optional<QString> username;
    std::optional<QString> name;
    std::optional<QString> company;
    std::optional<QString> phone;
};

struct AccountPage {
    QList<Account> items;
    QString nextCursor; // empty on the last page
};

// Which accounts a list holds; an empty field does not filter.
struct AccountFilter {
    std::optional<AccountStatus> status;
    std::optional<AccountRole> role;
};

// Owns every SQL statement on the `accounts` table. Writes run in one IMMEDIATE transaction
// each, so a check ("is this email taken?") and the write it guards cannot be separated.
class AccountStore {
public:
    AccountStore(Database &database, Clock clock);

    struct InsertResult {
        std::optional<Account> account;
        QString takenField; // "email" or "username" when that value is already in use
    };
    InsertResult insert(const NewAccount &account);

    using UpdateResult = InsertResult;
    // Applies the change unless it would take another account's email or user name.
    UpdateResult updateProfile(const QString &id, const ProfileChange &change);

    struct StoredAvatar {
        QString sha256; // of the stored bytes: file name and ETag
        QString contentType;
    };
    std::optional<StoredAvatar> avatar(const QString &id);
    // Sets the account's picture; returns the previous picture's hash when no account uses it
    // any more, so its file can go.
    std::optional<QString> replaceAvatar(const QString &id, const StoredAvatar &avatar);

    std::optional<Account> findById(const QString &id);

    struct Credentials {
        Account account;
        QString passwordHash;
    };
    // `login` is a normalised email address or user name.
    std::optional<Credentials> findCredentials(const QString &login);

    std::optional<QString> idForReferralCode(const QString &code);

    // Keyset paging in registration order; `cursor` is the previous page's nextCursor.
    // Returns std::nullopt for a cursor this store did not make.
    std::optional<AccountPage> list(const AccountFilter &filter, int limit, const QString &cursor);

    enum class Decision { Done, NotFound, WrongStatus };
    // Moves an account from one of `from` to `to`, recording who decided and when.
    Decision decide(const QString &id, const QList<AccountStatus> &from, AccountStatus to,
                    const std::optional<QString> &reason, const QString &decidedBy);

    void updatePasswordHash(const QString &id, const QString &passwordHash);
    // Brings addresses stored before emails were composed to NFC into that form, so their owners
    // can still log in by email; returns how many changed.
    int composeStoredEmails();

private:
    Database &m_database;
    Clock m_clock;
};

} // namespace kp::server
