#pragma once

#include "shared/Metrics.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <chrono>
#include <variant>

namespace kp::server::metrics {

using kp::metrics::MetricValues;

// One day of an ad account as the platform reports it, in the account's own time zone.
struct DailyMetrics {
    QDate day;
    MetricValues values;
};

// What the dashboard's small print needs about an ad account, read from the platform.
struct AdAccountInfo {
    QString currency;    // ISO 4217, e.g. "EUR"
    QString timeZone;    // IANA, e.g. "Europe/Berlin"
    QString attribution; // the platform's setting as a code, e.g. "7d_click,1d_view"; empty if unknown
};

// How a source is doing (API.md source `status`).
enum class SourceStatus { Ok, Syncing, NeedsToken, Throttled, Error };
QString sourceStatusName(SourceStatus status);

// Why a read failed. `message` is plain English for the admin's ad-account page: what happened
// and what to do ("The access token has expired; enter a new one."), never a token, never a
// whole answer body. `retryAfter` is how long the platform asked us to wait (throttling).
struct SourceProblem {
    SourceStatus status = SourceStatus::Error;
    QString message;
    std::chrono::seconds retryAfter {0};
};

template <class T> using Fetched = std::variant<T, SourceProblem>;

// The decrypted credentials of one ad account, as the admin entered them: {"access_token": …}
// for Facebook, {"refresh_token": …} for Google Ads. Only connectors and the sealed store see it.
using Credentials = QJsonObject;

// One ad platform (server/integrations/<provider>): reads an ad account's settings and its
// daily rows. Blocking; called on the job runner's thread, never on a request's. Implementations
// keep their own waits short (a throttled platform is a SourceProblem with retryAfter, not a
// sleep): the sync job decides when to try again.
class MetricsConnector {
public:
    virtual ~MetricsConnector() = default;

    virtual QString provider() const = 0; // "facebook", "google_ads"
    // How far back the first sync reads (Facebook keeps 37 months of insights).
    virtual int historyMonths() const = 0;

    virtual Fetched<AdAccountInfo> accountInfo(const QString &externalId, const Credentials &credentials) = 0;
    // Every day of [from, to] (inclusive, account time zone) that had delivery; a day without
    // a row means zeros. Rows are unique per day, in any order.
    virtual Fetched<QList<DailyMetrics>> dailyMetrics(const QString &externalId, const Credentials &credentials,
                                                      QDate from, QDate to)
        = 0;
};

} // namespace kp::server::metrics
