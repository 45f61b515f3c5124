#include "server/integrations/google_ads/SearchStream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <cmath>

namespace kp::server::googleads {
namespace {

// Every result of every batch; nullopt when the body is not an array of batches, or a batch
// is an error (Google may end a stream that has already started with {"error": …}).
std::optional<QList<QJsonObject>> results(const QByteArray &body)
{
    QJsonParseError error {};
    const auto document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    QList<QJsonObject> rows;
    for (const auto &batch : document.array()) {
        if (!batch.isObject() || batch.toObject().contains(QLatin1String("error")))
            return std::nullopt;
        const auto batchResults = batch.toObject().value(QLatin1String("results"));
        if (batchResults.isUndefined())
            continue; // a batch without rows: nothing ran in the range
        if (!batchResults.isArray())
            return std::nullopt;
        for (const auto &row : batchResults.toArray()) {
            if (!row.isObject())
                return std::nullopt;
            rows.append(row.toObject());
        }
    }
    return rows;
}

// An int64 metric: a JSON string of digits as proto3 writes it (a whole JSON number is taken
// too); absent means zero.
std::optional<qint64> int64Field(const QJsonObject &metrics, QLatin1String name)
{
    const auto value = metrics.value(name);
    if (value.isUndefined())
        return 0;
    bool ok = false;
    qint64 number = 0;
    if (value.isString()) {
        number = value.toString().toLongLong(&ok);
    } else if (value.isDouble()) {
        number = value.toInteger(-1); // -1 unless the number is whole
        ok = true;
    }
    if (!ok || number < 0)
        return std::nullopt;
    return number;
}

// metrics.conversions, a double (a number, or a string as proto3 parsers also accept), in
// thousandths: 2.5 → 2500. Absent means zero.
std::optional<qint64> conversionsMilli(const QJsonObject &metrics)
{
    const auto value = metrics.value(QLatin1String("conversions"));
    if (value.isUndefined())
        return 0;
    bool ok = value.isDouble();
    const double conversions = ok ? value.toDouble() : value.toString().toDouble(&ok);
    if (!ok || !std::isfinite(conversions) || conversions < 0)
        return std::nullopt;
    return static_cast<qint64>(std::llround(conversions * 1000.0));
}

std::optional<DailyMetrics> dailyRow(const QJsonObject &row)
{
    const auto date = row.value(QLatin1String("segments")).toObject().value(QLatin1String("date")).toString();
    const auto day = QDate::fromString(date, Qt::ISODate);
    const auto metrics = row.value(QLatin1String("metrics")).toObject();
    const auto spend = int64Field(metrics, QLatin1String("costMicros"));
    const auto clicks = int64Field(metrics, QLatin1String("clicks"));
    const auto impressions = int64Field(metrics, QLatin1String("impressions"));
    const auto leads = conversionsMilli(metrics);
    if (!day.isValid() || !spend || !clicks || !impressions || !leads)
        return std::nullopt;
    return DailyMetrics {day, {*leads, *spend, *clicks, *impressions}};
}

} // namespace

QByteArray accountInfoQuery()
{
    return QByteArrayLiteral("SELECT customer.currency_code, customer.time_zone FROM customer");
}

QByteArray dailyMetricsQuery(QDate from, QDate to)
{
    return QByteArrayLiteral("SELECT segments.date, metrics.cost_micros, metrics.clicks, metrics.impressions, "
                             "metrics.conversions FROM customer WHERE segments.date BETWEEN '")
        + from.toString(Qt::ISODate).toLatin1() + "' AND '" + to.toString(Qt::ISODate).toLatin1() + "'";
}

QByteArray searchRequestBody(const QByteArray &query)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("query"), QString::fromLatin1(query)}})
        .toJson(QJsonDocument::Compact);
}

std::optional<AdAccountInfo> parseAccountInfo(const QByteArray &body)
{
    const auto rows = results(body);
    if (!rows || rows->isEmpty())
        return std::nullopt;
    const auto customer = rows->first().value(QLatin1String("customer")).toObject();
    AdAccountInfo info;
    info.currency = customer.value(QLatin1String("currencyCode")).toString();
    info.timeZone = customer.value(QLatin1String("timeZone")).toString();
    if (info.currency.isEmpty() || info.timeZone.isEmpty())
        return std::nullopt;
    return info;
}

std::optional<QList<DailyMetrics>> parseDailyMetrics(const QByteArray &body)
{
    const auto rows = results(body);
    if (!rows)
        return std::nullopt;
    QMap<QDate, metrics::MetricValues> days;
    for (const auto &row : *rows) {
        const auto daily = dailyRow(row);
        if (!daily)
            return std::nullopt;
        days[daily->day] += daily->values;
    }
    QList<DailyMetrics> result;
    result.reserve(days.size());
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        result.append({it.key(), it.value()});
    return result;
}

} // namespace kp::server::googleads
