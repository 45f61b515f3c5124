#include "server/integrations/facebook/InsightsRows.h"

#include "server/core/LogSafe.h"
#include "shared/Money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

namespace kp::server::facebook {
namespace {

QString shown(const QJsonValue &value)
{
    if (value.isString())
        return QLatin1Char('"') + logSafe(value.toString(), 40) + QLatin1Char('"');
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

// Meta's "numeric string"; a JSON number is taken as its text too, in case one arrives unquoted.
std::optional<QString> numericText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return shown(value);
    return std::nullopt;
}

std::optional<qint64> count(const QJsonValue &value)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    const auto text = numericText(value);
    if (!text || !digits.match(*text).hasMatch())
        return std::nullopt;
    return text->toLongLong();
}

class RowReader {
public:
    explicit RowReader(const QJsonObject &row)
        : m_row(row)
    {
    }

    std::variant<metrics::DailyMetrics, RowProblem> read()
    {
        metrics::DailyMetrics day;
        const auto start = m_row.value(QLatin1String("date_start")).toString();
        day.day = QDate::fromString(start, Qt::ISODate);
        if (!day.day.isValid() || m_row.value(QLatin1String("date_stop")).toString() != start)
            return RowProblem {QStringLiteral("Facebook sent a row that is not a single day (date_start %1)")
                                   .arg(shown(m_row.value(QLatin1String("date_start"))))};
        m_day = start;
        const auto spend = m_row.value(QLatin1String("spend"));
        if (!spend.isUndefined()) {
            const auto text = numericText(spend);
            const auto micros = text ? money::parseMicros(*text) : std::nullopt;
            if (!micros || *micros < 0)
                return bad(QStringLiteral("spend"), spend);
            day.values.spendMicros = *micros;
        }
        if (!readCount(QStringLiteral("impressions"), day.values.impressions)
            || !readCount(QStringLiteral("clicks"), day.values.clicks))
            return *m_problem;
        if (!readLeads(day.values.leadsMilli))
            return *m_problem;
        return day;
    }

private:
    RowProblem bad(const QString &field, const QJsonValue &value) const
    {
        return RowProblem {
            QStringLiteral("Facebook sent %1 %2 for %3, which is not a number").arg(field, shown(value), m_day)};
    }

    bool readCount(const QString &field, qint64 &into)
    {
        const auto value = m_row.value(field);
        if (value.isUndefined())
            return true;
        const auto number = count(value);
        if (!number) {
            m_problem = bad(field, value);
            return false;
        }
        into = *number;
        return true;
    }

    bool readLeads(qint64 &into)
    {
        const auto actions = m_row.value(QLatin1String("actions"));
        if (actions.isUndefined() || actions.isNull())
            return true;
        if (!actions.isArray()) {
            m_problem = bad(QStringLiteral("actions"), actions);
            return false;
        }
        for (const auto &entry : actions.toArray()) {
            const auto action = entry.toObject();
            if (action.value(QLatin1String("action_type")).toString() != QLatin1String("lead"))
                continue;
            const auto value = action.value(QLatin1String("value"));
            const auto text = numericText(value);
            const auto milli = text ? money::parseMilli(*text) : std::nullopt;
            if (!milli || *milli < 0) {
                m_problem = bad(QStringLiteral("leads"), value);
                return false;
            }
            into = *milli;
        }
        return true;
    }

    QJsonObject m_row;
    QString m_day;
    std::optional<RowProblem> m_problem;
};

} // namespace

std::variant<InsightsPage, RowProblem> parseInsightsPage(const QByteArray &body)
{
    const auto document = QJsonDocument::fromJson(body);
    const auto data = document.object().value(QLatin1String("data"));
    if (!document.isObject() || !data.isArray())
        return RowProblem {QStringLiteral("Facebook sent insights without a data list")};
    InsightsPage page;
    for (const auto &entry : data.toArray()) {
        if (!entry.isObject())
            return RowProblem {QStringLiteral("Facebook sent an insights row that is not an object")};
        auto row = RowReader(entry.toObject()).read();
        if (auto *problem = std::get_if<RowProblem>(&row))
            return *problem;
        page.rows.append(std::get<metrics::DailyMetrics>(row));
    }
    page.next = document.object().value(QLatin1String("paging")).toObject().value(QLatin1String("next")).toString();
    return page;
}

} // namespace kp::server::facebook
