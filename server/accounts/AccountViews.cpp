#include "server/accounts/AccountViews.h"

#include <QJsonObject>

namespace kp::server {

void AccountViews::addContributor(Contributor contributor)
{
    m_contributors.push_back(std::move(contributor));
}

Account AccountViews::complete(Account account) const
{
    for (const auto &contribute : m_contributors)
        contribute(account);
    return account;
}

QJsonObject AccountViews::json(const Account &account) const
{
    return complete(account).toJson();
}

} // namespace kp::server
