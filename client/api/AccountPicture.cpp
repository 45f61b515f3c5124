#include "client/api/AccountPicture.h"

namespace kp::client {

AccountPicture::AccountPicture(ApiClient &api, Show show)
    : m_api(api)
    , m_show(std::move(show))
{
}

void AccountPicture::follow(const Account &account)
{
    if (account.avatarVersion == m_version)
        return;
    m_version = account.avatarVersion;
    auto *load = m_load.begin();
    if (account.avatarVersion.isEmpty()) {
        m_show(QImage());
        return;
    }
    fetch(m_api, account.id).onSuccess(load, [show = m_show](const QImage &picture) { show(picture); });
}

Reply<QImage> AccountPicture::fetch(ApiClient &api, const QString &accountId)
{
    return {api.download(QStringLiteral("/api/v1/accounts/%1/avatar").arg(ApiClient::pathSegment(accountId))),
            [](const ApiResponse &response) -> std::optional<QImage> {
                auto picture = QImage::fromData(response.body);
                if (picture.isNull())
                    return std::nullopt;
                return picture;
            }};
}

void AccountPicture::fetchFor(ApiClient &api, const Account &account, QObject *context, const Show &show)
{
    if (!account.avatarVersion.isEmpty())
        fetch(api, account.id).onSuccess(context, [show](const QImage &picture) { show(picture); });
}

} // namespace kp::client
