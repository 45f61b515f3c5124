#pragma once

#include "shared/Metrics.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace kp::client {

// How the dashboard words and formats its figures in the UI language (UI.md: "1.234,56 €",
// "24.11.2026"): money in the report's currency from exact decimal strings (converted for display
// only), counts, percentages, the change against the previous period, the ad platforms'
// attribution settings and the small print of each source.
class DashboardText {
    Q_DECLARE_TR_FUNCTIONS(kp::client::DashboardText)

public:
    // "Facebook", "Google Ads", "CSV-Import"; an unknown provider as it came.
    static QString providerName(const QString &provider);
    // "7d_click,1d_view" → "7 Tage nach Klick, 1 Tag nach Ansehen"; Google Ads' "google_ads" →
    // "Attribution laut Conversion-Aktion". Empty when there is none; unknown parts as they came.
    static QString attribution(const QString &code);
    // "Facebook · Attribution: … · Zeitzone Europe/Berlin · zuletzt aktualisiert 05.12.2026 14:03",
    // and what a syncing or throttled source is doing.
    static QString smallPrint(const metrics::MetricsSource &source);
    // "Daten derzeit nicht aktuell (Facebook), Stand: 02.12.2026" for the stale sources
    // (needs_token, error); empty when none is.
    static QString staleNotice(const QList<metrics::MetricsSource> &sources);
    // The admin's word for a source's status: "OK", "wird synchronisiert", "Token erneuern", …
    static QString statusText(const QString &status);

    static QString money(qint64 micros, const QString &currency);
    // A decimal string of the API ("12.34"), "–" when there is none.
    static QString money(const std::optional<QString> &decimal, const QString &currency);
    // A chart axis' amount without cents: "1.500 €".
    static QString wholeMoney(double amount, const QString &currency);
    static QString count(qint64 value);
    static QString leads(qint64 leadsMilli);
    // 0.0123 → "1,23 %"; "–" when there is none.
    static QString percent(const std::optional<double> &fraction);

    // The change of a figure against the previous period: "▲ 12,5 %", "▼ 3,0 %", "±0 %"; "–"
    // when there is no previous period or it had nothing. direction: +1 up, -1 down, 0 neither.
    struct Change {
        QString text;
        int direction = 0;
    };
    static Change change(std::optional<double> current, std::optional<double> previous);

    // The chart's label of a bucket: "05.12.", "KW 49", "Dez. 2026", "Gesamt".
    static QString bucketLabel(const metrics::DateSpan &span, metrics::Granularity granularity);
    // "01.11.2026 – 30.11.2026" (one date when both are the same day).
    static QString span(const metrics::DateSpan &span);
};

} // namespace kp::client
