#include "server/integrations/google_sheets/GoogleAnswers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kp::server::google {
namespace {

std::optional<QJsonObject> object(const QByteArray &body)
{
    QJsonParseError error {};
    const auto document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

std::optional<QString> cellText(const QJsonValue &cell)
{
    switch (cell.type()) {
    case QJsonValue::String:
        return cell.toString();
    case QJsonValue::Bool:
        return cell.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case QJsonValue::Double:
        return QString::number(cell.toDouble(), 'g', 17);
    default:
        return std::nullopt;
    }
}

void collectReasons(const QJsonArray &entries, QStringList &reasons)
{
    for (const auto &entry : entries) {
        const auto reason = entry.toObject().value(QLatin1String("reason")).toString();
        if (!reason.isEmpty())
            reasons.append(reason);
    }
}

} // namespace

std::optional<QList<QStringList>> parseValueRange(const QByteArray &body)
{
    const auto answer = object(body);
    if (!answer || !answer->value(QLatin1String("range")).isString())
        return std::nullopt;
    const auto dimension = answer->value(QLatin1String("majorDimension")).toString(QStringLiteral("ROWS"));
    if (dimension != QLatin1String("ROWS"))
        return std::nullopt;
    const auto values = answer->value(QLatin1String("values"));
    QList<QStringList> rows;
    if (values.isUndefined())
        return rows; // an empty range: Google leaves "values" out
    if (!values.isArray())
        return std::nullopt;
    for (const auto &row : values.toArray()) {
        if (!row.isArray())
            return std::nullopt;
        QStringList cells;
        for (const auto &cell : row.toArray()) {
            auto text = cellText(cell);
            if (!text)
                return std::nullopt;
            cells.append(*text);
        }
        rows.append(cells);
    }
    return rows;
}

std::optional<QDateTime> parseModifiedTime(const QByteArray &body)
{
    const auto answer = object(body);
    if (!answer)
        return std::nullopt;
    const auto text = answer->value(QLatin1String("modifiedTime")).toString();
    auto time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toUTC();
}

std::optional<TokenAnswer> parseTokenAnswer(const QByteArray &body)
{
    const auto answer = object(body);
    if (!answer)
        return std::nullopt;
    TokenAnswer token;
    token.accessToken = answer->value(QLatin1String("access_token")).toString().toUtf8();
    token.expiresInSeconds = answer->value(QLatin1String("expires_in")).toInt(0);
    const auto type = answer->value(QLatin1String("token_type")).toString();
    if (token.accessToken.isEmpty() || token.expiresInSeconds <= 0
        || type.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    return token;
}

ErrorBody parseErrorBody(const QByteArray &body)
{
    ErrorBody parsed;
    const auto answer = object(body);
    if (!answer)
        return parsed;
    const auto error = answer->value(QLatin1String("error"));
    if (error.isString()) { // the OAuth token endpoint's shape
        parsed.status = error.toString();
        parsed.message = answer->value(QLatin1String("error_description")).toString();
        return parsed;
    }
    const auto details = error.toObject();
    parsed.status = details.value(QLatin1String("status")).toString();
    parsed.message = details.value(QLatin1String("message")).toString();
    collectReasons(details.value(QLatin1String("errors")).toArray(), parsed.reasons);
    collectReasons(details.value(QLatin1String("details")).toArray(), parsed.reasons);
    return parsed;
}

} // namespace kp::server::google
