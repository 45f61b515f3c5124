#include "client/auth/AuthApi.h"

namespace kp::client {
namespace {

QJsonValue optional(const QString &value)
{
    return value.trimmed().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

std::optional<SessionGrant> SessionGrant::fromJson(const QJsonObject &json)
{
    auto account = Account::fromJson(json.value(QLatin1String("account")).toObject());
    const auto token = json.value(QLatin1String("token")).toString();
    if (!account || token.isEmpty())
        return std::nullopt;
    return SessionGrant {token, fromApiInstant(json.value(QLatin1String("expires_at")).toString()), *account};
}

Reply<SessionGrant> AuthApi::registerAccount(const RegistrationForm &form)
{
    QJsonObject body {{QStringLiteral("email"), form.email},
                      {QStringLiteral("password"), form.password},
                      {QStringLiteral("name"), form.name},
                      {QStringLiteral("company"), form.company},
                      {QStringLiteral("phone"), optional(form.phone)},
                      {QStringLiteral("username"), optional(form.username)},
                      {QStringLiteral("referral_code"), optional(form.referralCode)}};
    // Only when there is one: a registration typed by hand looks as it always did.
    if (!form.referralClick.isEmpty())
        body.insert(QStringLiteral("referral_click"), form.referralClick);
    return {m_api.post(QStringLiteral("/api/v1/auth/register"), body), decode::object<&SessionGrant::fromJson>};
}

Reply<SessionGrant> AuthApi::login(const QString &login, const QString &password)
{
    return {m_api.post(QStringLiteral("/api/v1/auth/login"),
                       {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}}),
            decode::object<&SessionGrant::fromJson>};
}

Reply<NoContent> AuthApi::logout()
{
    return {m_api.post(QStringLiteral("/api/v1/auth/logout")), decode::nothing};
}

Reply<Account> AuthApi::me()
{
    return {m_api.get(QStringLiteral("/api/v1/me")), decode::object<&Account::fromJson>};
}

} // namespace kp::client
