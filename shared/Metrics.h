#pragma once

#include "shared/MetricsBuckets.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace kp::metrics {

// Leads, spend, clicks and impressions of a bucket or a period (API.md GET /api/v1/metrics).
// Exact: leads in thousandths (Google's conversions may be fractional), spend in micros.
struct MetricValues {
    qint64 leadsMilli = 0;
    qint64 spendMicros = 0;
    qint64 clicks = 0;
    qint64 impressions = 0;

    std::optional<QString> costPerLead() const;     // "12.34"; nullopt without leads
    std::optional<QString> costPerClick() const;    // nullopt without clicks
    std::optional<double> clickThroughRate() const; // clicks / impressions; nullopt without impressions
    double leads() const { return static_cast<double>(leadsMilli) / 1000.0; }
    MetricValues &operator+=(const MetricValues &other);
    bool operator==(const MetricValues &) const = default;

    // {leads, spend, clicks, impressions} and, with ratios, {cpl, ctr, cpc} (null where undefined).
    QJsonObject toJson(bool withRatios) const;
    static std::optional<MetricValues> fromJson(const QJsonObject &json);
};

struct MetricsBucket {
    DateSpan span;
    MetricValues values;
};

// A connected ad account as its owner and the admins see it (API.md `sources`, and the admin's
// ad-account list). Credentials are never part of it.
struct MetricsSource {
    QString provider;       // "facebook", "google_ads", "csv"
    QString accountId;      // the platform's id: "act_123…", "123-456-7890"
    QString status;         // ok | syncing | needs_token | throttled | error
    QString lastError;      // plain words for an admin; empty when none
    QDateTime lastSyncedAt; // the last sync that succeeded; invalid before the first
    QString currency;       // ISO 4217 as the platform reports it; empty before the first sync
    QString timeZone;       // IANA name the platform counts days in
    QString attribution;    // the platform's attribution setting, e.g. "7d_click,1d_view"
    QDate provisionalFrom;  // days from here on may still be revised by the platform

    bool isStale() const { return status == QLatin1String("needs_token") || status == QLatin1String("error"); }
    QJsonObject toJson() const;
    static std::optional<MetricsSource> fromJson(const QJsonObject &json);
};

// GET /api/v1/metrics.
struct MetricsReport {
    QString currency; // of the sources; empty when none reported one yet
    DateSpan range;
    Granularity granularity = Granularity::Day;
    QList<MetricsBucket> buckets; // every bucket of the range, zeros where nothing ran
    MetricValues totals;
    std::optional<DateSpan> previousRange; // same length, just before; none for "all time"
    MetricValues previous;
    QDate provisionalFrom; // the earliest of the sources'; invalid when none
    QList<MetricsSource> sources;

    QJsonObject toJson() const;
    static std::optional<MetricsReport> fromJson(const QJsonObject &json);
};

QString toApiDate(QDate date); // "2026-12-05"
QDate fromApiDate(const QString &text);

} // namespace kp::metrics
