#include "client/dashboard/MetricsApi.h"

#include <QJsonArray>

namespace kp::client {

Reply<metrics::MetricsReport> MetricsApi::report(const metrics::DateSpan &span, metrics::Granularity granularity)
{
    RequestOptions options;
    options.query = {{QStringLiteral("from"), metrics::toApiDate(span.start)},
                     {QStringLiteral("to"), metrics::toApiDate(span.end)},
                     {QStringLiteral("granularity"), metrics::granularityName(granularity)}};
    return {m_api.get(QStringLiteral("/api/v1/metrics"), options), decode::object<&metrics::MetricsReport::fromJson>};
}

QString AdAccountsApi::adAccountsPath(const QString &accountId) const
{
    return QStringLiteral("/api/v1/admin/accounts/") + ApiClient::pathSegment(accountId)
        + QStringLiteral("/ad-accounts");
}

Reply<QList<metrics::MetricsSource>> AdAccountsApi::list(const QString &accountId)
{
    return {m_api.get(adAccountsPath(accountId)),
            [](const ApiResponse &response) -> std::optional<QList<metrics::MetricsSource>> {
                const auto page = decode::page<metrics::MetricsSource, &metrics::MetricsSource::fromJson>(response);
                if (!page)
                    return std::nullopt;
                return page->items;
            }};
}

QJsonObject AdAccountsApi::connectBody(const AdAccountConnection &connection)
{
    const auto tokenName = connection.provider == QLatin1String("google_ads") ? QStringLiteral("refresh_token")
                                                                              : QStringLiteral("access_token");
    return {{QStringLiteral("provider"), connection.provider},
            {QStringLiteral("external_id"), connection.externalId},
            {QStringLiteral("credentials"), QJsonObject {{tokenName, connection.token}}}};
}

Reply<metrics::MetricsSource> AdAccountsApi::connect(const QString &accountId, const AdAccountConnection &connection)
{
    return {m_api.put(adAccountsPath(accountId), connectBody(connection)),
            decode::object<&metrics::MetricsSource::fromJson>};
}

Reply<NoContent> AdAccountsApi::remove(const QString &accountId, const QString &provider, const QString &externalId)
{
    return {m_api.remove(adAccountsPath(accountId) + QLatin1Char('/') + ApiClient::pathSegment(provider)
                         + QLatin1Char('/') + ApiClient::pathSegment(externalId)),
            decode::nothing};
}

Reply<CsvImportResult> AdAccountsApi::importCsv(const QString &accountId, const QString &sourceName,
                                                const QByteArray &csv)
{
    RequestOptions options;
    options.query = {{QStringLiteral("source"), sourceName}};
    return {m_api.upload("POST",
                         QStringLiteral("/api/v1/admin/accounts/") + ApiClient::pathSegment(accountId)
                             + QStringLiteral("/metrics/import"),
                         csv, QStringLiteral("text/csv"), options),
            [](const ApiResponse &response) -> std::optional<CsvImportResult> {
                const auto json = response.json();
                const auto imported = json.value(QLatin1String("imported"));
                if (!imported.isDouble())
                    return std::nullopt;
                CsvImportResult result;
                result.imported = imported.toInt();
                if (const auto source
                    = metrics::MetricsSource::fromJson(json.value(QLatin1String("source")).toObject()))
                    result.source = *source;
                return result;
            }};
}

Reply<int> AdAccountsApi::syncNow(const QString &accountId)
{
    RequestOptions options;
    options.query = {{QStringLiteral("account"), accountId}};
    return {m_api.post(QStringLiteral("/api/v1/admin/metrics/sync"), {}, options),
            [](const ApiResponse &response) -> std::optional<int> {
                return response.json().value(QLatin1String("queued")).toInt();
            }};
}

} // namespace kp::client
