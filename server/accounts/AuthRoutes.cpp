#include "server/accounts/AccountRoutes.h"

#include "server/accounts/AccountViews.h"
#include "server/accounts/AuthService.h"
#include "server/http/JsonFields.h"
#include "server/http/Router.h"
#include "shared/Validation.h"

namespace kp::server {
namespace {

QJsonObject sessionJson(const IssuedSession &session, const AccountViews &views)
{
    return {{QStringLiteral("token"), session.token},
            {QStringLiteral("expires_at"), toApiInstant(session.expiresAt)},
            {QStringLiteral("account"), views.json(session.account)}};
}

Reply registerAccount(AuthService &auth, const AccountViews &views, RequestContext &context)
{
    JsonFields body(context.json());
    Registration registration;
    registration.email = body.requiredString(QStringLiteral("email"));
    registration.password = body.requiredString(QStringLiteral("password"));
    registration.name = body.requiredString(QStringLiteral("name"));
    registration.company = body.requiredString(QStringLiteral("company"));
    registration.phone = body.optionalString(QStringLiteral("phone"));
    registration.username = body.optionalString(QStringLiteral("username"));
    registration.referralCode = body.optionalString(QStringLiteral("referral_code"));
    registration.referralClick = body.optionalString(QStringLiteral("referral_click"));
    registration.referralSource = body.optionalString(QStringLiteral("referral_source"));
    body.finish();
    return Reply::json(sessionJson(auth.registerAccount(registration, context.clientIp()), views), 201);
}

Reply login(AuthService &auth, const AccountViews &views, RequestContext &context)
{
    JsonFields body(context.json());
    const auto login = body.requiredString(QStringLiteral("login"));
    const auto password = body.requiredString(QStringLiteral("password"));
    if (login.size() > validation::limits::loginMax)
        body.addProblem(QStringLiteral("login"), validation::problem::tooLong);
    if (password.size() > validation::limits::passwordMax * 4)
        body.addProblem(QStringLiteral("password"), validation::problem::tooLong);
    body.finish();
    return Reply::json(sessionJson(auth.login(login, password, context.clientIp()), views));
}

} // namespace

void addAuthRoutes(Router &router, AuthService &auth, const AccountViews &views)
{
    router.add({"POST", "/api/v1/auth/register", Access::Public, BodySpec::json(16 * 1024)},
               [&auth, &views](RequestContext &context) { return registerAccount(auth, views, context); });
    router.add({"POST", "/api/v1/auth/login", Access::Public, BodySpec::json(8 * 1024)},
               [&auth, &views](RequestContext &context) { return login(auth, views, context); });
    router.add({"POST", "/api/v1/auth/logout", Access::AnySession, BodySpec::none()}, [&auth](RequestContext &context) {
        auth.logout(context.session().tokenHash);
        return Reply::noContent();
    });
    router.add({"POST", "/api/v1/auth/logout-all", Access::AnySession, BodySpec::none()},
               [&auth](RequestContext &context) {
                   auth.logoutOthers(context.session());
                   return Reply::noContent();
               });
    router.add({"GET", "/api/v1/me", Access::AnySession, BodySpec::none()},
               [&views](RequestContext &context) { return Reply::json(views.json(context.account())); });
}

} // namespace kp::server
