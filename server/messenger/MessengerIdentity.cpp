#include "server/messenger/MessengerIdentity.h"

#include "server/integrations/intercom/IdentityVerification.h"

namespace kp::server::messenger {

QJsonObject messengerSettings(const IntercomSettings &settings, const Account &account, const QDateTime &now)
{
    const auto userId = account.intercomUserId();
    QJsonObject answer {{QStringLiteral("configured"), settings.messengerEnabled()},
                        {QStringLiteral("app_id"), QJsonValue::Null},
                        {QStringLiteral("user_id"), userId},
                        {QStringLiteral("user_hash"), QJsonValue::Null},
                        {QStringLiteral("user_jwt"), QJsonValue::Null},
                        {QStringLiteral("name"), account.name},
                        {QStringLiteral("email"), account.email},
                        {QStringLiteral("created_at"), account.createdAt.toSecsSinceEpoch()},
                        {QStringLiteral("api_base"), QJsonValue::Null},
                        {QStringLiteral("widget_url"), QJsonValue::Null}};
    if (!settings.messengerEnabled())
        return answer;
    answer.insert(QStringLiteral("app_id"), settings.appId);
    answer.insert(QStringLiteral("api_base"), settings.messengerApiBase);
    answer.insert(QStringLiteral("widget_url"), settings.widgetUrl);
    if (settings.identityMode == IntercomSettings::IdentityMode::Jwt)
        answer.insert(QStringLiteral("user_jwt"),
                      QString::fromLatin1(
                          intercom::userJwt(settings.identitySecret, userId, account.email, now, settings.jwtTtlS)));
    else
        answer.insert(QStringLiteral("user_hash"),
                      QString::fromLatin1(intercom::hmacSha256Hex(settings.identitySecret, userId.toUtf8())));
    return answer;
}

} // namespace kp::server::messenger
