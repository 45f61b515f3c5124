#pragma once

#include "server/metrics/MetricsConnector.h"

#include <QByteArray>
#include <QDate>
#include <QList>

#include <optional>

namespace kp::server::googleads {

using metrics::AdAccountInfo;
using metrics::DailyMetrics;

// The wire format of googleAds:searchStream (REST): the GAQL queries the connector sends and its
// answers, read strictly (std::nullopt when a body is not what Google documents).
//
// The answer is a JSON array of batches, [{"results": [...], "fieldMask": "...", "requestId": "..."}, ...];
// large results come in several batches and a batch may have no "results" at all. Fields are
// lowerCamelCase; int64 (costMicros, clicks, impressions) arrive as JSON strings and doubles
// (conversions) as numbers; a metric that is zero may be left out, and a day without any
// delivery has no row.

// The account's currency and time zone (the time zone segments.date is counted in).
QByteArray accountInfoQuery();
// One row per day of [from, to] (inclusive) that had delivery.
QByteArray dailyMetricsQuery(QDate from, QDate to);
// The request body: {"query": "<GAQL>"}.
QByteArray searchRequestBody(const QByteArray &query);

// Reads customer.currencyCode and customer.timeZone; attribution is left to the caller.
std::optional<AdAccountInfo> parseAccountInfo(const QByteArray &body);
// Reads every batch's rows: costMicros goes into spendMicros unchanged (no floating point),
// conversions (a double, often fractional) into leadsMilli rounded to thousandths. A day that
// appears twice is added up, so each day is returned once.
std::optional<QList<DailyMetrics>> parseDailyMetrics(const QByteArray &body);

} // namespace kp::server::googleads
