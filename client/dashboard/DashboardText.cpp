#include "client/dashboard/DashboardText.h"

#include "client/widgets/Format.h"
#include "shared/Money.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace kp::client {
namespace {

const QString kNone = QStringLiteral("–");

QString currencySymbol(const QString &currency)
{
    if (currency == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (currency == QLatin1String("USD"))
        return QStringLiteral("$");
    if (currency == QLatin1String("GBP"))
        return QStringLiteral("£");
    return currency;
}

} // namespace

QString DashboardText::providerName(const QString &provider)
{
    if (provider == QLatin1String("facebook"))
        return QStringLiteral("Facebook");
    if (provider == QLatin1String("google_ads"))
        return QStringLiteral("Google Ads");
    if (provider == QLatin1String("csv"))
        return tr("CSV import");
    return provider;
}

QString DashboardText::attribution(const QString &code)
{
    if (code.isEmpty())
        return {};
    if (code == QLatin1String("google_ads"))
        return tr("attribution as set per conversion action");
    static const QRegularExpression part(QStringLiteral("^(\\d+)d_(click|view|engaged_view)$"));
    QStringList words;
    for (const auto &token : code.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto match = part.match(token.trimmed());
        if (!match.hasMatch()) {
            words.append(token.trimmed());
            continue;
        }
        const int days = match.captured(1).toInt();
        const auto kind = match.captured(2);
        if (kind == QLatin1String("click"))
            words.append(tr("%n day(s) after click", nullptr, days));
        else if (kind == QLatin1String("view"))
            words.append(tr("%n day(s) after view", nullptr, days));
        else
            words.append(tr("%n day(s) after engaged view", nullptr, days));
    }
    return words.join(QStringLiteral(", "));
}

QString DashboardText::smallPrint(const metrics::MetricsSource &source)
{
    QStringList parts {providerName(source.provider)};
    if (source.attribution == QLatin1String("google_ads"))
        parts.append(tr("Attribution as set per conversion action"));
    else if (const auto words = attribution(source.attribution); !words.isEmpty())
        parts.append(tr("Attribution: %1").arg(words));
    if (!source.timeZone.isEmpty())
        parts.append(tr("Time zone %1").arg(source.timeZone));
    if (source.lastSyncedAt.isValid())
        parts.append(tr("last updated %1").arg(format::dateTime(source.lastSyncedAt)));
    else
        parts.append(tr("not synced yet"));
    if (source.status == QLatin1String("syncing"))
        parts.append(tr("updating now"));
    else if (source.status == QLatin1String("throttled"))
        parts.append(tr("the platform asked us to wait; the next sync follows shortly"));
    if (source.provisionalFrom.isValid())
        parts.append(tr("figures from %1 on are provisional").arg(format::date(source.provisionalFrom)));
    return parts.join(QStringLiteral(" · "));
}

QString DashboardText::staleNotice(const QList<metrics::MetricsSource> &sources)
{
    QStringList names;
    QDateTime oldest;
    for (const auto &source : sources) {
        if (!source.isStale())
            continue;
        names.append(providerName(source.provider));
        if (source.lastSyncedAt.isValid() && (!oldest.isValid() || source.lastSyncedAt < oldest))
            oldest = source.lastSyncedAt;
    }
    if (names.isEmpty())
        return {};
    names.removeDuplicates();
    const auto who = names.join(QStringLiteral(", "));
    if (!oldest.isValid())
        return tr("Figures are currently not up to date (%1): not synced yet. Your agency has been notified.").arg(who);
    return tr("Figures are currently not up to date (%1), as of %2. Your agency has been notified.")
        .arg(who, format::date(oldest.toLocalTime().date()));
}

QString DashboardText::statusText(const QString &status)
{
    if (status == QLatin1String("ok"))
        return tr("OK");
    if (status == QLatin1String("syncing"))
        return tr("Syncing");
    if (status == QLatin1String("needs_token"))
        return tr("Renew token");
    if (status == QLatin1String("throttled"))
        return tr("Throttled");
    if (status == QLatin1String("error"))
        return tr("Error");
    return status;
}

QString DashboardText::money(qint64 micros, const QString &currency)
{
    // Display only: the exact amount stays in micros everywhere else.
    const double amount = static_cast<double>(micros) / 1e6;
    const QLocale locale;
    if (currency.isEmpty())
        return locale.toString(amount, 'f', 2);
    return locale.toCurrencyString(amount, currencySymbol(currency), 2);
}

QString DashboardText::money(const std::optional<QString> &decimal, const QString &currency)
{
    if (!decimal)
        return kNone;
    const auto micros = money::parseMicros(*decimal);
    return micros ? money(*micros, currency) : kNone;
}

QString DashboardText::wholeMoney(double amount, const QString &currency)
{
    const QLocale locale;
    if (currency.isEmpty())
        return locale.toString(amount, 'f', 0);
    return locale.toCurrencyString(amount, currencySymbol(currency), 0);
}

QString DashboardText::count(qint64 value)
{
    return QLocale().toString(value);
}

QString DashboardText::leads(qint64 leadsMilli)
{
    if (leadsMilli % 1000 == 0)
        return count(leadsMilli / 1000);
    return QLocale().toString(static_cast<double>(leadsMilli) / 1000.0, 'f', 1);
}

QString DashboardText::percent(const std::optional<double> &fraction)
{
    if (!fraction)
        return kNone;
    return tr("%1 %", "percent").arg(QLocale().toString(*fraction * 100.0, 'f', 2));
}

DashboardText::Change DashboardText::change(std::optional<double> current, std::optional<double> previous)
{
    if (!current || !previous || *previous == 0.0)
        return {kNone, 0};
    const double ratio = (*current - *previous) / std::abs(*previous);
    const double shown = std::round(ratio * 1000.0) / 10.0; // one decimal, as displayed
    const auto figure = tr("%1 %", "percent").arg(QLocale().toString(std::abs(shown), 'f', 1));
    if (shown > 0.0)
        return {QStringLiteral("▲ ") + figure, 1};
    if (shown < 0.0)
        return {QStringLiteral("▼ ") + figure, -1};
    return {QStringLiteral("±") + tr("%1 %", "percent").arg(QLocale().toString(0)), 0};
}

QString DashboardText::bucketLabel(const metrics::DateSpan &span, metrics::Granularity granularity)
{
    const QLocale locale;
    switch (granularity) {
    case metrics::Granularity::Day:
        return locale.toString(span.start, tr("MMM d", "chart label of a day"));
    case metrics::Granularity::Week: {
        int weekYear = 0;
        const int week = span.start.weekNumber(&weekYear);
        return tr("Wk %1", "chart label of an ISO week").arg(week);
    }
    case metrics::Granularity::Month:
        return locale.toString(span.start, QStringLiteral("MMM yyyy"));
    case metrics::Granularity::Total:
        return tr("Total");
    }
    return {};
}

QString DashboardText::span(const metrics::DateSpan &span)
{
    if (span.start == span.end)
        return format::date(span.start);
    return QStringLiteral("%1 – %2").arg(format::date(span.start), format::date(span.end));
}

} // namespace kp::client
