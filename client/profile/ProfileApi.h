#pragma once

#include "client/api/Reply.h"
#include "shared/Account.h"
#include "shared/ProfileEdit.h"

#include <QUrl>

namespace kp::client {

// The signed-in customer's own account (API.md "Accounts and sessions"): edits, password,
// ending other sessions and the profile picture.
class ProfileApi {
public:
    explicit ProfileApi(ApiClient &api)
        : m_api(api)
    {
    }

    // PATCH /api/v1/me. A taken email or user name fails with field problems (ApiError::fields).
    // `options` carries the outbox's Idempotency-Key when the edit was queued offline.
    Reply<Account> update(const ProfileEdit &changes, const RequestOptions &options = {});
    // POST /api/v1/me/password; a wrong current password fails with 401 invalid_credentials.
    Reply<NoContent> changePassword(const QString &currentPassword, const QString &newPassword);
    // POST /api/v1/auth/logout-all: every other session of the account ends, this one stays.
    Reply<NoContent> logoutEverywhereElse();
    // PUT /api/v1/me/avatar with a PNG or JPEG; the answer's avatar_url. Progress and cancel
    // through call().
    Reply<QUrl> uploadAvatar(const QByteArray &image, const QString &contentType);

private:
    ApiClient &m_api;
};

} // namespace kp::client
