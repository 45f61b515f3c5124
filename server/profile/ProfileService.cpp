#include "server/profile/ProfileService.h"

#include "server/accounts/AccountStore.h"
#include "server/core/DomainError.h"
#include "server/profile/AvatarFiles.h"
#include "server/profile/AvatarImage.h"
#include "shared/Validation.h"

namespace kp::server {

namespace v = validation;

ProfileService::ProfileService(AccountStore &accounts, AvatarFiles &files)
    : m_accounts(accounts)
    , m_files(files)
{
}

Account ProfileService::update(const Account &account, const ProfileEdit &edit)
{
    QMap<QString, QString> problems;
    const auto check = [&problems](const char *field, const v::Problem &problem) {
        if (problem)
            problems.insert(QLatin1String(field), *problem);
    };
    ProfileChange change;
    if (edit.email) {
        change.email = v::normalizeEmail(*edit.email);
        check("email", v::checkEmail(*change.email));
    }
    if (edit.name) {
        change.name = v::normalizeText(*edit.name);
        check("name", v::checkDisplayText(*change.name, v::limits::nameMax));
    }
    if (edit.company) {
        change.company = v::normalizeText(*edit.company);
        check("company", v::checkDisplayText(*change.company, v::limits::companyMax));
    }
    if (edit.username) {
        change.username = edit.username->trimmed().toLower();
        if (!change.username->isEmpty())
            check("username", v::checkUsername(*change.username));
    }
    if (edit.phone) {
        change.phone = QString(); // cleared unless a number follows
        if (!edit.phone->trimmed().isEmpty()) {
            const auto phone = v::checkPhone(*edit.phone);
            check("phone", phone.problem);
            change.phone = phone.e164;
        }
    }
    if (!problems.isEmpty())
        throw DomainError::validation(problems);
    const auto result = m_accounts.updateProfile(account.id, change);
    if (!result.account)
        throw DomainError(ErrorCode::Conflict,
                          QStringLiteral("Another account uses this %1 already.").arg(result.takenField),
                          {{result.takenField, v::problem::taken}});
    return *result.account;
}

Account ProfileService::setAvatar(const Account &account, const QByteArray &upload)
{
    auto decoded = AvatarImage::fromUpload(upload);
    if (const auto *refusal = std::get_if<AvatarImage::Refusal>(&decoded))
        throw DomainError(ErrorCode::ValidationFailed, refusal->message,
                          {{QStringLiteral("avatar"), refusal->problem}});
    const auto &image = std::get<AvatarImage>(decoded);
    {
        const std::lock_guard lock(m_filesMutex);
        const auto sha256 = m_files.store(image.bytes);
        if (const auto unused = m_accounts.replaceAvatar(account.id, {sha256, image.contentType}))
            m_files.remove(*unused);
    }
    const auto updated = m_accounts.findById(account.id);
    if (!updated)
        throw DomainError(ErrorCode::Unauthenticated, QStringLiteral("Log in to continue."));
    return *updated;
}

ProfileService::AvatarFile ProfileService::avatar(const Account &viewer, const QString &accountId)
{
    const auto noPicture = [] { return DomainError(ErrorCode::NotFound, QStringLiteral("No such picture.")); };
    if (viewer.id != accountId && !viewer.isAdmin())
        throw noPicture();
    const auto stored = m_accounts.avatar(accountId);
    if (!stored)
        throw noPicture();
    return {m_files.path(stored->sha256), stored->contentType, stored->sha256};
}

} // namespace kp::server
