#include "client/profile/ProfileApi.h"

namespace kp::client {

Reply<Account> ProfileApi::update(const ProfileEdit &changes, const RequestOptions &options)
{
    return {m_api.patch(QStringLiteral("/api/v1/me"), changes.toJson(), options), decode::object<&Account::fromJson>};
}

Reply<NoContent> ProfileApi::changePassword(const QString &currentPassword, const QString &newPassword)
{
    return {m_api.post(
                QStringLiteral("/api/v1/me/password"),
                {{QStringLiteral("current_password"), currentPassword}, {QStringLiteral("new_password"), newPassword}}),
            decode::nothing};
}

Reply<NoContent> ProfileApi::logoutEverywhereElse()
{
    return {m_api.post(QStringLiteral("/api/v1/auth/logout-all")), decode::nothing};
}

Reply<QUrl> ProfileApi::uploadAvatar(const QByteArray &image, const QString &contentType)
{
    return {m_api.upload("PUT", QStringLiteral("/api/v1/me/avatar"), image, contentType),
            [](const ApiResponse &response) -> std::optional<QUrl> {
                const auto url = response.json().value(QLatin1String("avatar_url")).toString();
                if (url.isEmpty())
                    return std::nullopt;
                return QUrl(url);
            }};
}

} // namespace kp::client
