#include "server/integrations/facebook/FacebookConnector.h"

#include "server/integrations/facebook/AdAccount.h"
#include "server/integrations/facebook/GraphClient.h"
#include "server/integrations/facebook/GraphError.h"
#include "server/integrations/facebook/InsightsRows.h"

#include <QLoggingCategory>
#include <QMap>
#include <QUrl>

Q_LOGGING_CATEGORY(lcFacebook, "kp.facebook")

namespace kp::server::facebook {
namespace {

using metrics::AdAccountInfo;
using metrics::DailyMetrics;
using metrics::Fetched;
using metrics::SourceProblem;
using metrics::SourceStatus;

SourceProblem failed(const QString &message)
{
    return {SourceStatus::Error, message, {}};
}

// The account number, the token, or why the source cannot be read at all.
struct Target {
    QString number;
    QByteArray token;
};

std::variant<Target, SourceProblem> target(const QString &externalId, const metrics::Credentials &credentials)
{
    const auto number = adAccountNumber(externalId);
    if (!number)
        return failed(QStringLiteral("A Facebook ad account id looks like act_1234567890 (or only its digits)."));
    const auto token = credentials.value(QLatin1String("access_token")).toString().toUtf8();
    if (token.isEmpty())
        return SourceProblem {SourceStatus::NeedsToken,
                              QStringLiteral("No Facebook access token is stored for this ad account; enter one."),
                              {}};
    return Target {*number, token};
}

QByteArray param(const char *name, const QString &value)
{
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
}

// The parameters of both the paged GET and the async POST. use_unified_attribution_setting:
// counts leads with each ad set's attribution setting, as Ads Manager does (and as Meta applies
// anyway since June 2025), so our numbers match what the customer sees there.
QByteArray insightsParams(QDate from, QDate to, int limit)
{
    const auto range
        = QStringLiteral(R"({"since":"%1","until":"%2"})").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    return QByteArrayList {param("fields", QStringLiteral("spend,impressions,clicks,actions,account_currency")),
                           param("level", QStringLiteral("account")),
                           param("time_increment", QStringLiteral("1")),
                           param("time_range", range),
                           param("use_unified_attribution_setting", QStringLiteral("true")),
                           param("limit", QString::number(limit))}
        .join('&');
}

} // namespace

FacebookConnector::FacebookConnector(const FacebookSettings &settings, google::Sleeper sleep, FacebookReadLimits limits)
    : m_settings(settings)
    , m_sleep(std::move(sleep))
    , m_limits(limits)
    , m_http(settings.graphUrl, lcFacebook(), limits.timeout)
{
}

Fetched<AdAccountInfo> FacebookConnector::accountInfo(const QString &externalId,
                                                      const metrics::Credentials &credentials)
{
    auto account = target(externalId, credentials);
    if (auto *problem = std::get_if<SourceProblem>(&account))
        return *problem;
    const auto &[number, token] = std::get<Target>(account);
    GraphClient graph(m_http, token);
    auto answer = graph.get('/' + m_settings.apiVersion.toUtf8() + "/act_" + number.toUtf8(),
                            "fields=currency,timezone_name,account_status,attribution_spec");
    if (auto *problem = std::get_if<SourceProblem>(&answer)) {
        qCInfo(lcFacebook, "act_%s: account not read: %s", qUtf8Printable(number), qUtf8Printable(problem->message));
        return *problem;
    }
    auto info = parseAdAccount(std::get<QByteArray>(answer));
    if (!info)
        return failed(QStringLiteral("Facebook's answer about the ad account lacks its currency or time zone."));
    qCInfo(lcFacebook, "act_%s: %s, %s, attribution %s", qUtf8Printable(number), qUtf8Printable(info->currency),
           qUtf8Printable(info->timeZone), qUtf8Printable(info->attribution));
    return *info;
}

Fetched<QList<DailyMetrics>> FacebookConnector::dailyMetrics(const QString &externalId,
                                                             const metrics::Credentials &credentials, QDate from,
                                                             QDate to)
{
    auto account = target(externalId, credentials);
    if (auto *problem = std::get_if<SourceProblem>(&account))
        return *problem;
    if (!from.isValid() || !to.isValid() || from > to)
        return failed(QStringLiteral("The requested range is empty."));
    const auto &[number, token] = std::get<Target>(account);
    const auto version = m_settings.apiVersion.toUtf8();
    const auto insightsPath = '/' + version + "/act_" + number.toUtf8() + "/insights";
    GraphClient graph(m_http, token);
    bool async = from.daysTo(to) + 1 > m_settings.asyncAfterDays;
    auto result = async ? readReport(graph, insightsPath, from, to)
                        : readPages(graph, insightsPath, insightsParams(from, to, m_limits.pageSize), from, to);
    if (!async && std::holds_alternative<SourceProblem>(result) && asksForLessData(graph.lastError())) {
        qCInfo(lcFacebook, "act_%s: Facebook asks for less data per request; reading the range as a report",
               qUtf8Printable(number));
        async = true;
        result = readReport(graph, insightsPath, from, to);
    }
    if (const auto *problem = std::get_if<SourceProblem>(&result))
        qCInfo(lcFacebook, "act_%s: %s to %s not read after %d requests: %s", qUtf8Printable(number),
               qUtf8Printable(from.toString(Qt::ISODate)), qUtf8Printable(to.toString(Qt::ISODate)), graph.requests(),
               qUtf8Printable(problem->message));
    else
        qCInfo(lcFacebook, "act_%s: %s to %s read%s: %lld days with delivery in %d requests", qUtf8Printable(number),
               qUtf8Printable(from.toString(Qt::ISODate)), qUtf8Printable(to.toString(Qt::ISODate)),
               async ? " as a report" : "", static_cast<long long>(std::get<QList<DailyMetrics>>(result).size()),
               graph.requests());
    return result;
}

Fetched<QList<DailyMetrics>> FacebookConnector::readReport(GraphClient &graph, const QByteArray &insightsPath,
                                                           QDate from, QDate to) const
{
    ReportRun report(graph, m_settings.apiVersion.toUtf8(), m_sleep, m_limits.poll);
    auto finished = report.run(insightsPath, insightsParams(from, to, m_limits.reportPageSize));
    if (auto *problem = std::get_if<SourceProblem>(&finished))
        return *problem;
    return readPages(graph, '/' + m_settings.apiVersion.toUtf8() + '/' + std::get<QByteArray>(finished) + "/insights",
                     param("limit", QString::number(m_limits.reportPageSize)), from, to);
}

Fetched<QList<DailyMetrics>> FacebookConnector::readPages(GraphClient &graph, QByteArray path, QByteArray query,
                                                          QDate from, QDate to) const
{
    // By day: should a revision land between two pages and a day come twice, the later row wins.
    QMap<QDate, DailyMetrics> days;
    for (int page = 1;; ++page) {
        if (page > m_limits.maxPages)
            return failed(QStringLiteral("Facebook kept sending further pages; the read was stopped."));
        auto answer = graph.get(path, query);
        if (auto *problem = std::get_if<SourceProblem>(&answer))
            return *problem;
        auto parsed = parseInsightsPage(std::get<QByteArray>(answer));
        if (auto *problem = std::get_if<RowProblem>(&parsed))
            return failed(problem->what + QLatin1Char('.'));
        const auto &rows = std::get<InsightsPage>(parsed);
        for (const auto &row : rows.rows) {
            if (row.day < from || row.day > to)
                return failed(QStringLiteral("Facebook sent a row for %1, outside the requested range.")
                                  .arg(row.day.toString(Qt::ISODate)));
            days.insert(row.day, row);
        }
        // Only a missing `next` ends the list: Meta may send a short or even empty page before it.
        if (rows.next.isEmpty())
            return days.values();
        const auto next = GraphClient::nextPage(rows.next);
        if (!next)
            return failed(QStringLiteral("Facebook sent a paging link we could not follow."));
        std::tie(path, query) = *next;
    }
}

} // namespace kp::server::facebook
