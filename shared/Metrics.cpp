#include "shared/Metrics.h"
#include "shared/JsonValues.h"

#include "shared/Account.h"
#include "shared/Money.h"

#include <QJsonArray>

#include <cmath>

namespace kp::metrics {
using json::text;

namespace {

QJsonValue textOrNull(const std::optional<QString> &text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateOrNull(QDate date)
{
    return date.isValid() ? QJsonValue(toApiDate(date)) : QJsonValue(QJsonValue::Null);
}

// JSON numbers arrive as doubles; counts up to 2^53 are exact, and leads keep three decimals.
std::optional<qint64> count(const QJsonObject &json, const char *key)
{
    const auto value = json.value(QLatin1String(key));
    if (!value.isDouble())
        return std::nullopt;
    return static_cast<qint64>(std::llround(value.toDouble()));
}

std::optional<DateSpan> span(const QJsonObject &json, const char *startKey, const char *endKey)
{
    DateSpan result {fromApiDate(text(json, startKey)), fromApiDate(text(json, endKey))};
    if (!result.start.isValid() || !result.end.isValid())
        return std::nullopt;
    return result;
}

} // namespace

QString toApiDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

QDate fromApiDate(const QString &text)
{
    return text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
}

std::optional<QString> MetricValues::costPerLead() const
{
    return money::divideToCents(spendMicros, leadsMilli);
}

std::optional<QString> MetricValues::costPerClick() const
{
    return money::divideToCents(spendMicros, clicks * 1000);
}

std::optional<double> MetricValues::clickThroughRate() const
{
    if (impressions == 0)
        return std::nullopt;
    // Six decimals: enough for 0.0001 % and free of binary noise in the answer.
    return std::round(static_cast<double>(clicks) / static_cast<double>(impressions) * 1e6) / 1e6;
}

MetricValues &MetricValues::operator+=(const MetricValues &other)
{
    leadsMilli += other.leadsMilli;
    spendMicros += other.spendMicros;
    clicks += other.clicks;
    impressions += other.impressions;
    return *this;
}

QJsonObject MetricValues::toJson(bool withRatios) const
{
    QJsonObject json {
        {QStringLiteral("leads"), leadsMilli % 1000 == 0 ? QJsonValue(leadsMilli / 1000) : QJsonValue(leads())},
        {QStringLiteral("spend"), money::formatMicros(spendMicros)},
        {QStringLiteral("clicks"), clicks},
        {QStringLiteral("impressions"), impressions},
    };
    if (withRatios) {
        json.insert(QStringLiteral("cpl"), textOrNull(costPerLead()));
        json.insert(QStringLiteral("cpc"), textOrNull(costPerClick()));
        const auto ctr = clickThroughRate();
        json.insert(QStringLiteral("ctr"), ctr ? QJsonValue(*ctr) : QJsonValue(QJsonValue::Null));
    }
    return json;
}

std::optional<MetricValues> MetricValues::fromJson(const QJsonObject &json)
{
    const auto leads = json.value(QLatin1String("leads"));
    const auto spend = money::parseMicros(text(json, "spend"));
    const auto clicks = count(json, "clicks");
    const auto impressions = count(json, "impressions");
    if (!leads.isDouble() || !spend || !clicks || !impressions)
        return std::nullopt;
    return MetricValues {static_cast<qint64>(std::llround(leads.toDouble() * 1000)), *spend, *clicks, *impressions};
}

QJsonObject MetricsSource::toJson() const
{
    return QJsonObject {
        {QStringLiteral("provider"), provider},
        {QStringLiteral("account_id"), accountId},
        {QStringLiteral("status"), status},
        {QStringLiteral("last_error"), lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(lastError)},
        {QStringLiteral("last_synced_at"),
         lastSyncedAt.isValid() ? QJsonValue(toApiInstant(lastSyncedAt)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("currency"), currency.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(currency)},
        {QStringLiteral("time_zone"), timeZone.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(timeZone)},
        {QStringLiteral("attribution"), attribution.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(attribution)},
        {QStringLiteral("provisional_from"), dateOrNull(provisionalFrom)},
    };
}

std::optional<MetricsSource> MetricsSource::fromJson(const QJsonObject &json)
{
    MetricsSource source;
    source.provider = text(json, "provider");
    source.accountId = text(json, "account_id");
    source.status = text(json, "status");
    if (source.provider.isEmpty() || source.accountId.isEmpty() || source.status.isEmpty())
        return std::nullopt;
    source.lastError = text(json, "last_error");
    source.lastSyncedAt = fromApiInstant(text(json, "last_synced_at"));
    source.currency = text(json, "currency");
    source.timeZone = text(json, "time_zone");
    source.attribution = text(json, "attribution");
    source.provisionalFrom = fromApiDate(text(json, "provisional_from"));
    return source;
}

QJsonObject MetricsReport::toJson() const
{
    QJsonArray bucketList;
    for (const auto &bucket : buckets) {
        auto json = bucket.values.toJson(false);
        json.insert(QStringLiteral("start"), toApiDate(bucket.span.start));
        json.insert(QStringLiteral("end"), toApiDate(bucket.span.end));
        bucketList.append(json);
    }
    QJsonArray sourceList;
    for (const auto &source : sources)
        sourceList.append(source.toJson());
    QJsonValue previousJson(QJsonValue::Null);
    if (previousRange) {
        auto json = previous.toJson(true);
        json.insert(QStringLiteral("from"), toApiDate(previousRange->start));
        json.insert(QStringLiteral("to"), toApiDate(previousRange->end));
        previousJson = json;
    }
    return QJsonObject {
        {QStringLiteral("currency"), currency.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(currency)},
        {QStringLiteral("from"), toApiDate(range.start)},
        {QStringLiteral("to"), toApiDate(range.end)},
        {QStringLiteral("granularity"), granularityName(granularity)},
        {QStringLiteral("buckets"), bucketList},
        {QStringLiteral("totals"), totals.toJson(true)},
        {QStringLiteral("previous"), previousJson},
        {QStringLiteral("provisional_from"), dateOrNull(provisionalFrom)},
        {QStringLiteral("sources"), sourceList},
    };
}

std::optional<MetricsReport> MetricsReport::fromJson(const QJsonObject &json)
{
    MetricsReport report;
    const auto range = span(json, "from", "to");
    const auto granularity = granularityFromName(text(json, "granularity"));
    const auto totals = MetricValues::fromJson(json.value(QLatin1String("totals")).toObject());
    if (!range || !granularity || !totals)
        return std::nullopt;
    report.currency = text(json, "currency");
    report.range = *range;
    report.granularity = *granularity;
    report.totals = *totals;
    for (const auto &item : json.value(QLatin1String("buckets")).toArray()) {
        const auto object = item.toObject();
        const auto bucketSpan = span(object, "start", "end");
        const auto values = MetricValues::fromJson(object);
        if (!bucketSpan || !values)
            return std::nullopt;
        report.buckets.append(MetricsBucket {*bucketSpan, *values});
    }
    const auto previous = json.value(QLatin1String("previous")).toObject();
    if (!previous.isEmpty()) {
        const auto previousSpan = span(previous, "from", "to");
        const auto values = MetricValues::fromJson(previous);
        if (!previousSpan || !values)
            return std::nullopt;
        report.previousRange = previousSpan;
        report.previous = *values;
    }
    report.provisionalFrom = fromApiDate(text(json, "provisional_from"));
    for (const auto &item : json.value(QLatin1String("sources")).toArray()) {
        const auto source = MetricsSource::fromJson(item.toObject());
        if (!source)
            return std::nullopt;
        report.sources.append(*source);
    }
    return report;
}

} // namespace kp::metrics
