#pragma once

#include "server/integrations/OutboundHttp.h"
#include "server/integrations/facebook/FacebookSettings.h"
#include "server/integrations/facebook/ReportRun.h"
#include "server/integrations/google_sheets/Retrier.h"
#include "server/metrics/MetricsConnector.h"

#include <chrono>

namespace kp::server::facebook {

class GraphClient;

// Sizes and waits of a read; tests shrink the pages to see paging with few rows.
struct FacebookReadLimits {
    int pageSize = 100;       // days per page of a paged GET (Meta's default is 25)
    int reportPageSize = 500; // rows per page of a finished async report
    int maxPages = 1000;      // a paging.next chain longer than this is a fault, not data
    PollLimits poll;
    std::chrono::seconds timeout {60}; // per request: insights reads are slow on big accounts
};

// The Facebook Marketing API (Graph API Insights) as a MetricsConnector. An ad account is
// "act_<number>" (or just the number); its credentials are {"access_token": "…"}.
//
// dailyMetrics reads level=account, time_increment=1 rows of spend, impressions, clicks and the
// `lead` action with use_unified_attribution_setting=true, i.e. with each ad set's own
// attribution setting, as Ads Manager shows them. Ranges up to [facebook] async_after_days are
// read with paged GETs, longer ones as an async report run (Meta's advice for large reads; the
// paged GET times out on them), and so is a shorter range when the paged GET answers that it
// is too much data. Throttling is reported, not waited out: the sync job decides
// when to come back. Blocking; each call is independent, so one connector may serve several
// threads.
class FacebookConnector : public metrics::MetricsConnector {
public:
    FacebookConnector(const FacebookSettings &settings, google::Sleeper sleep, FacebookReadLimits limits = {});

    QString provider() const override { return QStringLiteral("facebook"); }
    int historyMonths() const override { return 37; }

    metrics::Fetched<metrics::AdAccountInfo> accountInfo(const QString &externalId,
                                                         const metrics::Credentials &credentials) override;
    metrics::Fetched<QList<metrics::DailyMetrics>> dailyMetrics(const QString &externalId,
                                                                const metrics::Credentials &credentials, QDate from,
                                                                QDate to) override;

private:
    // The range as an async report run: started, polled until done, its rows paged.
    metrics::Fetched<QList<metrics::DailyMetrics>> readReport(GraphClient &graph, const QByteArray &insightsPath,
                                                              QDate from, QDate to) const;
    metrics::Fetched<QList<metrics::DailyMetrics>> readPages(GraphClient &graph, QByteArray path, QByteArray query,
                                                             QDate from, QDate to) const;

    FacebookSettings m_settings;
    google::Sleeper m_sleep;
    FacebookReadLimits m_limits;
    OutboundHttp m_http;
};

} // namespace kp::server::facebook
