#include "server/profile/ProfileRoutes.h"
#include "server/accounts/AccountViews.h"

#include "server/accounts/AuthService.h"
#include "server/http/JsonFields.h"
#include "server/http/Router.h"
#include "server/profile/ProfileService.h"
#include "shared/Validation.h"

#include <QFile>

namespace kp::server {
namespace {

constexpr std::size_t kMaxAvatarUpload = 5 * 1024 * 1024;

// PATCH semantics: an absent field stays, a present one changes; null clears what may be empty.
std::optional<QString> patchField(JsonFields &body, const QString &key)
{
    const auto field = body.nullableString(key);
    if (field.isNull())
        return QString();
    return field.value;
}

Reply updateProfile(ProfileService &profiles, const AccountViews &views, RequestContext &context)
{
    JsonFields body(context.json());
    ProfileEdit edit;
    edit.email = body.optionalString(QStringLiteral("email"));
    edit.name = body.optionalString(QStringLiteral("name"));
    edit.company = body.optionalString(QStringLiteral("company"));
    edit.username = patchField(body, QStringLiteral("username"));
    edit.phone = patchField(body, QStringLiteral("phone"));
    body.finish();
    return Reply::json(views.json(profiles.update(context.account(), edit)));
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

Reply uploadAvatar(ProfileService &profiles, RequestContext &context)
{
    QFile upload(context.uploadedFile().path);
    if (!upload.open(QIODevice::ReadOnly))
        throw std::runtime_error("the spooled avatar upload cannot be read");
    const auto account = profiles.setAvatar(context.account(), upload.readAll());
    return Reply::json({{QStringLiteral("avatar_url"), account.avatarPath()}});
}

Reply avatar(ProfileService &profiles, RequestContext &context)
{
    const auto file = profiles.avatar(context.account(), context.param("id"));
    // The URL names the picture's version (?v=), so a cached copy may be kept; only its owner
    // and admins may read it, so no shared cache may.
    return Reply::file(file.path, file.contentType.toStdString()).withHeader("Cache-Control", "private, max-age=86400");
}

} // namespace

void addProfileRoutes(Router &router, ProfileService &profiles, AuthService &auth, const AccountViews &views)
{
    router.add({"PATCH", "/api/v1/me", Access::Approved, BodySpec::json(8 * 1024)},
               [&profiles, &views](RequestContext &context) { return updateProfile(profiles, views, context); });
    router.add({"POST", "/api/v1/me/password", Access::Approved, BodySpec::json(8 * 1024)},
               [&auth](RequestContext &context) { return changePassword(auth, context); });
    // Spooled to a file, not buffered: the connection loop's in-memory limit stays at the JSON
    // routes' size for every connection, and the token is checked before a byte is kept.
    router.add(
        {"PUT", "/api/v1/me/avatar", Access::Approved, BodySpec::stream({"image/png", "image/jpeg"}, kMaxAvatarUpload)},
        [&profiles](RequestContext &context) { return uploadAvatar(profiles, context); });
    router.add({"GET", "/api/v1/accounts/{id}/avatar", Access::AnySession, BodySpec::none()},
               [&profiles](RequestContext &context) { return avatar(profiles, context); });
}

} // namespace kp::server
