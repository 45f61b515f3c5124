#pragma once

#include "client/api/Reply.h"
#include "client/api/RequestScope.h"
#include "shared/Account.h"

#include <QImage>

#include <functional>

namespace kp::client {

// Keeps one shown profile picture in step with an account (the sidebar's, the Profile page's, a
// card in the admin's lists): fetches GET /api/v1/accounts/{id}/avatar when the account names a
// new picture version, clears it when it names none, and drops a late answer for an older one.
// The data layer revalidates the picture with its ETag and shows it offline from the cache.
// Without a picture (or when it cannot be fetched) the initials stay: no error for that.
class AccountPicture {
public:
    using Show = std::function<void(const QImage &picture)>;

    AccountPicture(ApiClient &api, Show show);

    void follow(const Account &account);
    // The picture of `version` is already shown (the user just uploaded it).
    void adopt(const QString &version) { m_version = version; }

    // The picture itself, for whoever needs it once.
    static Reply<QImage> fetch(ApiClient &api, const QString &accountId);
    // The account's picture for a view that shows it once (a card in a list): handed to `show`
    // while `context` lives; nothing when the account has none.
    static void fetchFor(ApiClient &api, const Account &account, QObject *context, const Show &show);

private:
    ApiClient &m_api;
    Show m_show;
    RequestScope m_load;
    QString m_version; // the version shown; empty for the initials
};

} // namespace kp::client
