#pragma once

#include "shared/Account.h"
#include "shared/ProfileEdit.h"

#include <QByteArray>
#include <QString>

#include <mutex>
#include <optional>

namespace kp::server {

class AccountStore;
class AvatarFiles;

// The customer's own profile (API.md PATCH /me, PUT /me/avatar) and who may see whose picture.
class ProfileService {
public:
    ProfileService(AccountStore &accounts, AvatarFiles &files);

    // Validates with the registration's rules; a taken email or user name is a conflict on
    // that field. Returns the account as stored.
    Account update(const Account &account, const ProfileEdit &edit);

    // Decodes and re-encodes the upload (AvatarImage) and makes it the account's picture.
    Account setAvatar(const Account &account, const QByteArray &upload);

    struct AvatarFile {
        QString path;
        QString contentType;
        QString sha256;
    };
    // The picture of `accountId` as `viewer` may see it: their own, and every account's for an
    // admin (the approval lists show them). A customer sees no other customer anywhere in the
    // product, so another's picture is as unknown to them as one that does not exist.
    AvatarFile avatar(const Account &viewer, const QString &accountId);

private:
    AccountStore &m_accounts;
    AvatarFiles &m_files;
    // Files are shared by content: storing one and deleting one no longer used must not
    // interleave, or an upload could lose its file to a concurrent replacement.
    std::mutex m_filesMutex;
};

} // namespace kp::server
