#include "server/metrics/MetricsRoutes.h"

#include "server/core/DomainError.h"
#include "server/http/Router.h"
#include "server/metrics/AdAccountService.h"
#include "server/metrics/MetricsReports.h"

#include <QJsonArray>

namespace kp::server::metrics {
namespace {

using kp::metrics::DateSpan;
using kp::metrics::Granularity;

// Ten years of days: more than any platform keeps, and a bound on the answer's size.
constexpr qint64 kLongestRangeDays = 3660;
// 5000 rows of a CSV export are far below this.
constexpr std::size_t kMaxCsvUpload = 2 * 1024 * 1024;

// An ad account as the admin's routes answer it: the source, and API.md's `external_id` (the
// platform's id, as in the routes' {external_id}).
QJsonObject adAccountJson(const kp::metrics::MetricsSource &source)
{
    auto json = source.toJson();
    json.insert(QStringLiteral("external_id"), source.accountId);
    return json;
}

Reply metrics(MetricsReports &reports, RequestContext &context)
{
    QMap<QString, QString> problems;
    const auto from = kp::metrics::fromApiDate(context.query("from"));
    const auto to = kp::metrics::fromApiDate(context.query("to"));
    const auto granularityText = context.query("granularity");
    const auto granularity = granularityText.isEmpty() ? std::optional(Granularity::Day)
                                                       : kp::metrics::granularityFromName(granularityText);
    if (!from.isValid())
        problems.insert(QStringLiteral("from"),
                        context.query("from").isEmpty() ? QStringLiteral("required") : QStringLiteral("invalid"));
    if (!to.isValid())
        problems.insert(QStringLiteral("to"),
                        context.query("to").isEmpty() ? QStringLiteral("required") : QStringLiteral("invalid"));
    if (!granularity)
        problems.insert(QStringLiteral("granularity"), QStringLiteral("invalid"));
    if (from.isValid() && to.isValid() && (from > to || from.daysTo(to) >= kLongestRangeDays))
        problems.insert(QStringLiteral("to"), QStringLiteral("invalid"));
    if (!problems.isEmpty())
        throw DomainError::validation(problems);
    return Reply::json(reports.answer(context.account().id, DateSpan {from, to}, *granularity));
}

} // namespace

void addMetricsRoutes(Router &router, MetricsReports &reports)
{
    router.add({"GET", "/api/v1/metrics", Access::Approved, BodySpec::none(), {Gate::OnboardingComplete}},
               [&reports](RequestContext &context) { return metrics(reports, context); });
}

void addAdAccountRoutes(Router &router, AdAccountService &adAccounts,
                        const std::function<int(const QString &)> &syncSoon)
{
    router.add({"GET", "/api/v1/admin/accounts/{id}/ad-accounts", Access::Admin, BodySpec::none()},
               [&adAccounts](RequestContext &context) {
                   QJsonArray items;
                   for (const auto &source : adAccounts.list(context.param("id")))
                       items.append(adAccountJson(source));
                   return Reply::json(QJsonObject {{QStringLiteral("items"), items}});
               });
    router.add({"PUT", "/api/v1/admin/accounts/{id}/ad-accounts", Access::Admin, BodySpec::json(8 * 1024)},
               [&adAccounts, syncSoon](RequestContext &context) {
                   const auto source = adAccounts.connect(context.param("id"), context.json());
                   syncSoon(context.param("id"));
                   return Reply::json(adAccountJson(source));
               });
    router.add(
        {"DELETE", "/api/v1/admin/accounts/{id}/ad-accounts/{provider}/{external_id}", Access::Admin, BodySpec::none()},
        [&adAccounts](RequestContext &context) {
            adAccounts.remove(context.param("id"), context.param("provider"), context.param("external_id"));
            return Reply::noContent();
        });
    router.add({"POST", "/api/v1/admin/accounts/{id}/metrics/import", Access::Admin,
                BodySpec::stream({"text/csv", "text/plain"}, kMaxCsvUpload)},
               [&adAccounts](RequestContext &context) {
                   const auto source = context.query("source");
                   return Reply::json(adAccounts.importCsv(context.param("id"),
                                                           source.isEmpty() ? QStringLiteral("import") : source,
                                                           context.uploadedBytes()));
               });
    router.add({"POST", "/api/v1/admin/metrics/sync", Access::Admin, BodySpec::none()},
               [&adAccounts, syncSoon](RequestContext &context) {
                   const auto customer = context.query("account");
                   if (!customer.isEmpty())
                       adAccounts.requireCustomer(customer);
                   return Reply::json(QJsonObject {{QStringLiteral("queued"), syncSoon(customer)}}, 202);
               });
}

} // namespace kp::server::metrics
