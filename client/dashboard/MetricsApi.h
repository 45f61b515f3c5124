#pragma once

#include "client/api/ItemPage.h"
#include "client/api/Reply.h"
#include "shared/Metrics.h"

namespace kp::client {

// The customer's performance figures (API.md "Performance metrics").
class MetricsApi {
public:
    explicit MetricsApi(ApiClient &api)
        : m_api(api)
    {
    }

    // GET /api/v1/metrics?from=&to=&granularity= (cached with its ETag like every GET, so the
    // dashboard opens offline with what it saw last); 409 onboarding_incomplete before the
    // checklist is complete.
    Reply<metrics::MetricsReport> report(const metrics::DateSpan &span, metrics::Granularity granularity);

private:
    ApiClient &m_api;
};

// What an admin sends to connect an ad account; the token is write-only (never shown again).
struct AdAccountConnection {
    QString provider;   // "facebook" | "google_ads"
    QString externalId; // "act_1234567890" | "123-456-7890"
    QString token;      // Facebook: access token; Google Ads: refresh token
};

// A CSV import's answer: how many days arrived, and the source they belong to.
struct CsvImportResult {
    int imported = 0;
    metrics::MetricsSource source;
};

// Administration → ad accounts of one customer (API.md "Performance metrics", admin).
class AdAccountsApi {
public:
    explicit AdAccountsApi(ApiClient &api)
        : m_api(api)
    {
    }

    Reply<QList<metrics::MetricsSource>> list(const QString &accountId);
    // PUT …/ad-accounts; 422 with fields `external_id`, `credentials`.
    Reply<metrics::MetricsSource> connect(const QString &accountId, const AdAccountConnection &connection);
    Reply<NoContent> remove(const QString &accountId, const QString &provider, const QString &externalId);
    // POST …/metrics/import?source= with the CSV as it is on disk; 422 with `fields.csv` and the
    // line that was refused (ApiError::line).
    Reply<CsvImportResult> importCsv(const QString &accountId, const QString &sourceName, const QByteArray &csv);
    // POST /api/v1/admin/metrics/sync?account=: how many sources were queued.
    Reply<int> syncNow(const QString &accountId);

    // The body of a connect (tests compare it; the token is in it and nowhere else).
    static QJsonObject connectBody(const AdAccountConnection &connection);

private:
    QString adAccountsPath(const QString &accountId) const;

    ApiClient &m_api;
};

} // namespace kp::client
