#pragma once

#include "shared/Account.h"

#include <functional>
#include <vector>

class QJsonObject;

namespace kp::server {

// An account as the API shows it, completed by the modules that know more about it than the
// accounts table (the onboarding module adds `onboarding`). The accounts module answers every
// account through it, so /me, the login answer, PATCH /me and the admin's lists agree, and the
// accounts module needs to know none of the modules that build on it.
class AccountViews {
public:
    using Contributor = std::function<void(Account &account)>;

    // At start-up only (before the server takes requests): contributors are then read unlocked.
    void addContributor(Contributor contributor);

    Account complete(Account account) const;
    QJsonObject json(const Account &account) const;

private:
    std::vector<Contributor> m_contributors;
};

} // namespace kp::server
