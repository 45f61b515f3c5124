#include "server/accounts/AccountStore.h"

#include "server/db/Database.h"
#include "server/db/RowidCursor.h"
#include "server/security/Tokens.h"
#include "shared/Validation.h"

namespace kp::server {
namespace {

// One column list for every read, so Account is always built the same way (see readAccount).
#define KP_ACCOUNT_SELECT                                                                                              \
    "SELECT a.id, a.email, a.username, a.name, a.company, a.phone, a.role, a.status, "                                 \
    "a.rejection_reason, a.referral_code, a.referral_source, a.created_at, a.decided_at, a.password_hash, a.rowid, "   \
    "a.avatar_sha256 FROM accounts a "

constexpr int kPasswordHashColumn = 13;
constexpr int kRowidColumn = 14;
constexpr int kAvatarColumn = 15;

Account readAccount(const Query &row)
{
    Account account;
    account.id = row.text(0);
    account.email = row.text(1);
    account.username = row.text(2);
    account.name = row.text(3);
    account.company = row.text(4);
    account.phone = row.text(5);
    account.role = roleFromName(row.text(6)).value_or(AccountRole::Customer);
    account.status = statusFromName(row.text(7)).value_or(AccountStatus::Pending);
    account.rejectionReason = row.text(8);
    account.referralCode = row.text(9);
    // referredByCode and referredByName come from the referrals module (an AccountViews contributor).
    account.referralSource = row.text(10);
    account.createdAt = fromApiInstant(row.text(11));
    account.decidedAt = fromApiInstant(row.text(12));
    account.avatarVersion = row.text(kAvatarColumn);
    return account;
}

// Pages in registration order.
constexpr QByteArrayView kAccountCursor = "r";

} // namespace

AccountStore::AccountStore(Database &database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

AccountStore::InsertResult AccountStore::insert(const NewAccount &account)
{
    auto &db = m_database.connection();
    WriteTransaction transaction(db);
    if (db.query("SELECT 1 FROM accounts WHERE email = ?", account.email).next())
        return {std::nullopt, QStringLiteral("email")};
    if (account.username
        && db.query("SELECT 1 FROM accounts WHERE username = ? OR email = ?", *account.username, *account.username)
               .next())
        return {std::nullopt, QStringLiteral("username")};

    QString referralCode;
    do {
        referralCode = tokens::randomCode(8);
    } while (db.query("SELECT 1 FROM accounts WHERE referral_code = ?", referralCode).next());
    const auto id = QStringLiteral("acc_") + tokens::randomCode(16).toLower();

    db.query("INSERT INTO accounts (id, email, username, name, company, phone, password_hash, role, "
             "status, referral_code, referral_source, created_at) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
             id, account.email, account.username, account.name, account.company, account.phone, account.passwordHash,
             roleName(account.role), statusName(account.status), referralCode, account.referralSource,
             toApiInstant(m_clock()))
        .run();
    transaction.commit();
    return {findById(id), {}};
}

std::optional<Account> AccountStore::findById(const QString &id)
{
    auto row = m_database.connection().query(KP_ACCOUNT_SELECT "WHERE a.id = ?", id);
    return row.next() ? std::optional(readAccount(row)) : std::nullopt;
}

std::optional<AccountStore::Credentials> AccountStore::findCredentials(const QString &login)
{
    auto row = m_database.connection().query(KP_ACCOUNT_SELECT "WHERE a.email = ? OR a.username = ?", login, login);
    if (!row.next())
        return std::nullopt;
    return Credentials {readAccount(row), row.text(kPasswordHashColumn)};
}

std::optional<QString> AccountStore::idForReferralCode(const QString &code)
{
    auto row = m_database.connection().query("SELECT id FROM accounts WHERE referral_code = ?", code.toUpper());
    return row.next() ? std::optional(row.text(0)) : std::nullopt;
}

std::optional<AccountPage> AccountStore::list(const AccountFilter &filter, int limit, const QString &cursor)
{
    std::int64_t afterRowid = 0;
    if (!cursor.isEmpty()) {
        const auto decoded = decodeRowidCursor(kAccountCursor, cursor);
        if (!decoded)
            return std::nullopt;
        afterRowid = *decoded;
    }
    // A NULL filter value switches that filter off, so one prepared statement serves every list.
    const auto status = filter.status ? std::optional(statusName(*filter.status)) : std::nullopt;
    const auto role = filter.role ? std::optional(roleName(*filter.role)) : std::nullopt;
    auto rows = m_database.connection().query(KP_ACCOUNT_SELECT "WHERE (?1 IS NULL OR a.status = ?1) AND "
                                                                "(?4 IS NULL OR a.role = ?4) AND a.rowid > ?2 "
                                                                "ORDER BY a.rowid LIMIT ?3",
                                              status, afterRowid, limit + 1, role);
    AccountPage page;
    std::int64_t lastRowid = 0;
    while (rows.next()) {
        // The statement asks for one row more than the page holds: that row means "there is more".
        if (page.items.size() == limit) {
            page.nextCursor = encodeRowidCursor(kAccountCursor, lastRowid);
            break;
        }
        page.items.append(readAccount(rows));
        lastRowid = rows.integer(kRowidColumn);
    }
    return page;
}

AccountStore::Decision AccountStore::decide(const QString &id, const QList<AccountStatus> &from, AccountStatus to,
                                            const std::optional<QString> &reason, const QString &decidedBy)
{
    auto &db = m_database.connection();
    WriteTransaction transaction(db);
    std::optional<AccountStatus> status;
    {
        auto current = db.query("SELECT status FROM accounts WHERE id = ?", id);
        if (!current.next())
            return Decision::NotFound;
        status = statusFromName(current.text(0));
    }
    if (!status || !from.contains(*status))
        return Decision::WrongStatus;
    db.query("UPDATE accounts SET status = ?, rejection_reason = ?, decided_at = ?, decided_by = ? WHERE id = ?",
             statusName(to), reason, toApiInstant(m_clock()), decidedBy, id)
        .run();
    transaction.commit();
    return Decision::Done;
}

int AccountStore::composeStoredEmails()
{
    auto &db = m_database.connection();
    WriteTransaction transaction(db);
    std::vector<std::pair<QString, QString>> changes; // id, composed address
    for (auto rows = db.query("SELECT id, email FROM accounts"); rows.next();) {
        const auto email = rows.text(1);
        const auto composed = validation::normalizeEmail(email);
        if (composed != email)
            changes.emplace_back(rows.text(0), composed);
    }
    int changed = 0;
    for (const auto &[id, email] : changes) {
        // Two accounts whose addresses differ only in composition stay as they are, for an
        // admin to resolve; the decomposed one logs in by user name until then.
        if (db.query("SELECT 1 FROM accounts WHERE email = ?", email).next())
            continue;
        db.query("UPDATE accounts SET email = ? WHERE id = ?", email, id).run();
        ++changed;
    }
    transaction.commit();
    return changed;
}

AccountStore::UpdateResult AccountStore::updateProfile(const QString &id, const ProfileChange &change)
{
    auto &db = m_database.connection();
    WriteTransaction transaction(db);
    if (change.email && db.query("SELECT 1 FROM accounts WHERE email = ?1 AND id <> ?2", *change.email, id).next())
        return {std::nullopt, QStringLiteral("email")};
    // A user name may not equal anyone's email either: login takes one or the other.
    if (change.username && !change.username->isEmpty()
        && db.query("SELECT 1 FROM accounts WHERE (username = ?1 OR email = ?1) AND id <> ?2", *change.username, id)
               .next())
        return {std::nullopt, QStringLiteral("username")};
    // COALESCE keeps a column the change leaves out; an empty username or phone clears it.
    db.query("UPDATE accounts SET email = COALESCE(?1, email), name = COALESCE(?2, name), "
             "company = COALESCE(?3, company), username = CASE WHEN ?4 IS NULL THEN username ELSE NULLIF(?4, '') END, "
             "phone = CASE WHEN ?5 IS NULL THEN phone ELSE NULLIF(?5, '') END, updated_at = ?6 WHERE id = ?7",
             change.email, change.name, change.company, change.username, change.phone, toApiInstant(m_clock()), id)
        .run();
    transaction.commit();
    return {findById(id), {}};
}

std::optional<AccountStore::StoredAvatar> AccountStore::avatar(const QString &id)
{
    auto row = m_database.connection().query(
        "SELECT avatar_sha256, avatar_type FROM accounts WHERE id = ? AND avatar_sha256 IS NOT NULL", id);
    return row.next() ? std::optional(StoredAvatar {row.text(0), row.text(1)}) : std::nullopt;
}

std::optional<QString> AccountStore::replaceAvatar(const QString &id, const StoredAvatar &avatar)
{
    auto &db = m_database.connection();
    WriteTransaction transaction(db);
    const auto previous = this->avatar(id);
    db.query("UPDATE accounts SET avatar_sha256 = ?, avatar_type = ?, updated_at = ? WHERE id = ?", avatar.sha256,
             avatar.contentType, toApiInstant(m_clock()), id)
        .run();
    std::optional<QString> unused;
    if (previous && previous->sha256 != avatar.sha256
        && !db.query("SELECT 1 FROM accounts WHERE avatar_sha256 = ?", previous->sha256).next())
        unused = previous->sha256;
    transaction.commit();
    return unused;
}

void AccountStore::updatePasswordHash(const QString &id, const QString &passwordHash)
{
    m_database.connection().query("UPDATE accounts SET password_hash = ? WHERE id = ?", passwordHash, id).run();
}

} // namespace kp::server
