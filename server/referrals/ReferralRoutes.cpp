#include "server/referrals/ReferralRoutes.h"

#include "server/http/Paging.h"
#include "server/http/Router.h"
#include "server/referrals/LandingPage.h"
#include "server/referrals/ReferralService.h"

namespace kp::server::referrals {
namespace {

enum class Record { Click, Nothing };

// The landing page, or the friendly 404 page. A HEAD request answers the same headers and
// records nothing (link checkers and previews are no clicks).
Reply landing(ReferralService &service, const LandingPage &page, RequestContext &context, Record record)
{
    const auto language = LandingPage::preferredLanguage(context.header("Accept-Language"));
    const auto typed = context.param("code").trimmed();
    std::optional<QString> code = service.knownCode(typed);
    QString clickId;
    if (code && record == Record::Click) {
        const auto click
            = service.recordClick(*code,
                                  {context.clientIp(), context.query("utm_source"), context.query("utm_medium"),
                                   context.query("utm_campaign"), QString::fromStdString(context.header("Referer"))});
        clickId = click.value_or(QString());
    }
    auto reply
        = code ? Reply::html(page.page(*code, clickId, language)) : Reply::html(page.notFound(typed, language), 404);
    return reply.withHeader("Content-Security-Policy", page.contentSecurityPolicy())
        .withHeader("Cache-Control", "no-store")
        .withHeader("Referrer-Policy", "no-referrer")
        .withHeader("Content-Language", language == LandingPage::Language::English ? "en" : "de")
        .withHeader("Vary", "Accept-Language");
}

} // namespace

void addReferralRoutes(Router &router, ReferralService &service, const LandingPage &page)
{
    router.add({"GET", "/r/{code}", Access::Public, BodySpec::none()},
               [&service, &page](RequestContext &context) { return landing(service, page, context, Record::Click); });
    router.add({"HEAD", "/r/{code}", Access::Public, BodySpec::none()},
               [&service, &page](RequestContext &context) { return landing(service, page, context, Record::Nothing); });
    router.add({"GET", "/api/v1/referrals", Access::Approved, BodySpec::none(), {Gate::OnboardingComplete}},
               [&service](RequestContext &context) { return Reply::json(service.summary(context.account())); });
    router.add({"GET", "/api/v1/admin/referrals", Access::Admin, BodySpec::none()},
               [&service](RequestContext &context) {
                   QMap<QString, QString> problems;
                   const auto request = readPageRequest(context, problems, {100, 500});
                   if (!problems.isEmpty())
                       throw DomainError::validation(problems);
                   return Reply::json(service.partners(request));
               });
    router.add({"PUT", "/api/v1/admin/accounts/{id}/referrer", Access::Admin, BodySpec::json(4 * 1024)},
               [&service](RequestContext &context) {
                   return Reply::json(service.correct(context.account(), context.param("id"), context.json()));
               });
    router.add({"GET", "/api/v1/admin/accounts/{id}/referrer/history", Access::Admin, BodySpec::none()},
               [&service](RequestContext &context) { return Reply::json(service.history(context.param("id"))); });
}

} // namespace kp::server::referrals
