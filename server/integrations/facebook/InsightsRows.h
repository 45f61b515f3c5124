#pragma once

#include "server/metrics/MetricsConnector.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <variant>

namespace kp::server::facebook {

// One page of GET …/insights with level=account and time_increment=1:
//   {"data": [{"spend": "12.34", "impressions": "345", "clicks": "12", "account_currency": "EUR",
//              "actions": [{"action_type": "lead", "value": "2"}, …],
//              "date_start": "2024-01-01", "date_stop": "2024-01-01"}, …],
//    "paging": {"cursors": {…}, "next": "https://graph.facebook.com/…"}}
struct InsightsPage {
    QList<metrics::DailyMetrics> rows;
    QString next; // absolute URL of the next page; empty on the last page
};

// What made a page unreadable, in words for the admin (the field and its value, never the body).
struct RowProblem {
    QString what;
};

// Reads a page strictly. Numbers arrive as strings; a metric that is absent counts as 0, and so
// do absent or empty `actions` (Meta leaves `actions` out of a row without any). Leads are the
// `lead` action alone: it already contains onsite_conversion.lead_grouped and
// offsite_conversion.fb_pixel_lead, so adding those would count leads twice. A value that is not
// a number, or a row that is not a single day, is a RowProblem rather than a silent zero.
std::variant<InsightsPage, RowProblem> parseInsightsPage(const QByteArray &body);

} // namespace kp::server::facebook
