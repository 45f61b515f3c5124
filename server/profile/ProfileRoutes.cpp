#include "server/profile/ProfileRoutes.h"

#include "server/accounts/AuthService.h"
#include "server/http/JsonFields.h"
#include "server/http/Router.h"
#include "server/profile/ProfileService.h"
#include "shared/Validation.h"

namespace kp::server {
namespace {

// PATCH semantics: an absent field stays, a present one changes; null clears what may be empty.
std::optional<QString> patchField(JsonFields &body, const QJsonObject &json, const QString &key)
{
    auto value = body.optionalString(key);
    if (!value && json.contains(key) && json.value(key).isNull())
        return QString();
    return value;
}

Reply updateProfile(ProfileService &profiles, RequestContext &context)
{
    const auto json = context.json();
    JsonFields body(json);
    ProfileEdit edit;
    edit.email = body.optionalString(QStringLiteral("email"));
    edit.name = body.optionalString(QStringLiteral("name"));
    edit.company = body.optionalString(QStringLiteral("company"));
    edit.username = patchField(body, json, QStringLiteral("username"));
    edit.phone = patchField(body, json, QStringLiteral("phone"));
    body.finish();
    return Reply::json(profiles.update(context.account(), edit).toJson());
}

Reply changePassword(AuthService &auth, RequestContext &context)
{
    JsonFields body(context.json());
    const auto current = body.requiredString(QStringLiteral("current_password"));
    const auto replacement = body.requiredString(QStringLiteral("new_password"));
    if (current.size() > validation::limits::passwordMax * 4)
        body.addProblem(QStringLiteral("current_password"), validation::problem::tooLong);
    body.finish();
    auth.changePassword(context.session(), current, replacement, context.clientIp());
    return Reply::noContent();
}

} // namespace

void addProfileRoutes(Router &router, ProfileService &profiles, AuthService &auth)
{
    router.add({"PATCH", "/api/v1/me", Access::Approved, 8 * 1024},
               [&profiles](RequestContext &context) { return updateProfile(profiles, context); });
    router.add({"POST", "/api/v1/me/password", Access::Approved, 8 * 1024},
               [&auth](RequestContext &context) { return changePassword(auth, context); });
}

} // namespace kp::server
